package kg.socialorder.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dashboard's sums counted from the registers themselves (orders and themes, contracts, the
 * payment ledger, final reports with their refunds and indicators): of one municipality's year, which
 * {@link DashboardSummary} stores when an event touches it, or of every one, which the tests hold the
 * stored summary against. {@code V13__dashboard_summary.sql} counted the registers of its day the
 * same way. The year is the order's; a contract on its own counts in the year it was signed, a final
 * report without a contract here in the year it was opened.
 */
@Component
public class SummaryRecount {

  /** A municipality's year. */
  public record Place(String municipality, int year) implements Comparable<Place> {

    @Override
    public int compareTo(Place other) {
      int byName = municipality.compareTo(other.municipality);
      return byName != 0 ? byName : Integer.compare(year, other.year);
    }
  }

  /** The sums of a municipality's year. */
  public record Sums(int orders, BigDecimal planned, BigDecimal contracted, BigDecimal paid, BigDecimal refunded,
      int indicatorLines, int indicatorsReached, BigDecimal indicatorTarget, BigDecimal indicatorAchieved) {

    public static final Sums NONE = new Sums(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
        0, 0, BigDecimal.ZERO, BigDecimal.ZERO);

    /** Equal amounts are equal whatever their scale (2.00 and 2 are the same money). */
    public boolean same(Sums other) {
      return orders == other.orders && planned.compareTo(other.planned) == 0
          && contracted.compareTo(other.contracted) == 0 && paid.compareTo(other.paid) == 0
          && refunded.compareTo(other.refunded) == 0 && indicatorLines == other.indicatorLines
          && indicatorsReached == other.indicatorsReached && indicatorTarget.compareTo(other.indicatorTarget) == 0
          && indicatorAchieved.compareTo(other.indicatorAchieved) == 0;
    }

    boolean empty() {
      return same(NONE);
    }
  }

  /** How many orders or themes of a municipality's year stand at a stage. */
  public record Stage(Place place, String kind, String stage) implements Comparable<Stage> {

    @Override
    public int compareTo(Stage other) {
      int byPlace = place.compareTo(other.place);
      if (byPlace != 0) {
        return byPlace;
      }
      int byKind = kind.compareTo(other.kind);
      return byKind != 0 ? byKind : stage.compareTo(other.stage);
    }
  }

  static final String ORDER = "ORDER";
  static final String THEME = "THEME";

  private static final String ORDER_OF = " left join so_theme t on t.theme_key = %s.business_key"
      + " left join so_social_order o on o.business_key = t.social_order_key";
  private static final String CONTRACT_YEAR = "coalesce(o.order_year, cast(extract(year from c.signed_on) as integer))";
  private static final String REPORT_YEAR = "coalesce(o.order_year, cast(extract(year from c.signed_on) as integer),"
      + " cast(extract(year from f.started_at) as integer))";
  private static final String REPORT_CONTRACT = " left join so_contract c on c.municipality = f.municipality"
      + " and c.contract_number = f.contract_number";

  /**
   * Every row of money and indicators with its municipality and year; {@code %1$s} is the condition on
   * each part's municipality (" and x.municipality = ?" or nothing).
   */
  private static final String CONTRIBUTIONS = "select o.municipality, o.order_year y, 1 orders,"
      + " o.budget_envelope planned, 0 contracted, 0 paid, 0 refunded, 0 lines, 0 reached, 0 target, 0 achieved"
      + " from so_social_order o where 1 = 1%1$s"
      + " union all select c.municipality, " + CONTRACT_YEAR + ", 0, 0, c.amount, 0, 0, 0, 0, 0, 0"
      + " from so_contract c" + ORDER_OF.formatted("c") + " where 1 = 1%2$s"
      + " union all select p.municipality, " + CONTRACT_YEAR + ", 0, 0, 0, p.amount, 0, 0, 0, 0, 0"
      + " from so_payment p join so_contract c on c.municipality = p.municipality"
      + " and c.contract_number = p.contract_number" + ORDER_OF.formatted("c") + " where 1 = 1%3$s"
      + " union all select f.municipality, " + REPORT_YEAR + ", 0, 0, 0, 0, r.amount, 0, 0, 0, 0"
      + " from so_refund r join so_final_report f on f.business_key = r.business_key" + REPORT_CONTRACT
      + ORDER_OF.formatted("f") + " where 1 = 1%4$s"
      + " union all select f.municipality, " + REPORT_YEAR + ", 0, 0, 0, 0, 0, 1,"
      + " case when i.reached >= i.target then 1 else 0 end, i.target, i.reached"
      + " from so_final_indicator i join so_final_report f on f.business_key = i.business_key" + REPORT_CONTRACT
      + ORDER_OF.formatted("f") + " where i.reached is not null%4$s";
  private static final String SUMS = "sum(orders), sum(planned), sum(contracted), sum(paid), sum(refunded),"
      + " sum(lines), sum(reached), sum(target), sum(achieved)";
  private static final String STAGES = "select municipality, order_year, '" + ORDER + "', status, count(*)"
      + " from so_social_order where 1 = 1%1$s group by municipality, order_year, status"
      + " union all select o.municipality, o.order_year, '" + THEME + "', t.status, count(*) from so_theme t"
      + " join so_social_order o on o.business_key = t.social_order_key where 1 = 1%2$s"
      + " group by o.municipality, o.order_year, t.status";

  private final JdbcTemplate jdbc;

  public SummaryRecount(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The sums of one municipality's year ({@link Sums#NONE} when the registers hold nothing of it). */
  public Sums sums(Place place) {
    String m = place.municipality();
    return jdbc.queryForObject("select " + SUMS + " from (" + CONTRIBUTIONS.formatted(" and o.municipality = ?",
        " and c.municipality = ?", " and p.municipality = ?", " and f.municipality = ?") + ") x where y = ?",
        (rs, n) -> sums(rs, 1), m, m, m, m, m, place.year());
  }

  /** How many orders and themes of one municipality's year stand at each stage. */
  public Map<Stage, Integer> stages(Place place) {
    return stages(STAGES.formatted(" and municipality = ? and order_year = ?",
        " and o.municipality = ? and o.order_year = ?"), place.municipality(), place.year(), place.municipality(),
        place.year());
  }

  /** The sums of every municipality's year the registers hold something of. */
  public Map<Place, Sums> allSums() {
    Map<Place, Sums> all = new LinkedHashMap<>();
    jdbc.query("select municipality, y, " + SUMS + " from (" + CONTRIBUTIONS.formatted("", "", "", "")
        + ") x group by municipality, y", rs -> {
          all.put(new Place(rs.getString(1), rs.getInt(2)), sums(rs, 3));
        });
    return all;
  }

  /** Every municipality's year's orders and themes by stage. */
  public Map<Stage, Integer> allStages() {
    return stages(STAGES.formatted("", ""));
  }

  private Map<Stage, Integer> stages(String sql, Object... arguments) {
    Map<Stage, Integer> stages = new LinkedHashMap<>();
    jdbc.query(sql, rs -> {
      stages.put(new Stage(new Place(rs.getString(1), rs.getInt(2)), rs.getString(3), rs.getString(4)), rs.getInt(5));
    }, arguments);
    return stages;
  }

  private static Sums sums(java.sql.ResultSet rs, int first) throws java.sql.SQLException {
    List<BigDecimal> amounts = new ArrayList<>();
    for (int column : new int[] {first + 1, first + 2, first + 3, first + 4, first + 7, first + 8}) {
      BigDecimal amount = rs.getBigDecimal(column);
      amounts.add(amount == null ? BigDecimal.ZERO : amount);
    }
    return new Sums(rs.getInt(first), amounts.get(0), amounts.get(1), amounts.get(2), amounts.get(3),
        rs.getInt(first + 5), rs.getInt(first + 6), amounts.get(4), amounts.get(5));
  }
}
