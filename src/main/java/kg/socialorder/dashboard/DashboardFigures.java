package kg.socialorder.dashboard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kg.socialorder.SocialOrderProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The figures of the dashboard and of the national overview, never from the engine's variables: the
 * sums (money, orders and themes by stage, indicators) from the summary per municipality and year that
 * {@link DashboardSummary} keeps from the registers' events; the lists (overdue tranche reports,
 * troubled competitions) from the case record's tables through an index, cut to {@link #LIST_LIMIT}
 * rows with their full count. So a page reads as much with fifteen thousand completed orders as
 * with five: a row per municipality and year, and what is late or troubled now.
 */
@Component
public class DashboardFigures {

  static final int LIST_LIMIT = 50;

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final SocialOrderProperties properties;

  public DashboardFigures(JdbcTemplate jdbc, Clock clock, SocialOrderProperties properties) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.properties = properties;
  }

  /** Money of one municipality in one year (the year of the order the money belongs to). */
  public record Money(String municipality, int year, int orders, BigDecimal planned, BigDecimal contracted,
      BigDecimal paid, BigDecimal refunded) {

    Money plus(Money other) {
      return new Money(municipality, year, orders + other.orders, planned.add(other.planned),
          contracted.add(other.contracted), paid.add(other.paid), refunded.add(other.refunded));
    }
  }

  /** How many orders or themes stand at a stage (a status name of {@code order.OrderStatus} or {@code ThemeStatus}). */
  public record StageCount(String stage, int count) {}

  public record OverdueReport(String municipality, String contractNumber, String contractor, int trancheNumber,
      LocalDate dueDate, long daysLate, String status) {}

  public record TroubledCompetition(String municipality, String callNumber, String problem, String status,
      int appeals, int appealsUndecided, String reason) {}

  /** Indicators of final reports: how many lines, how many reached their target, and the sums. */
  public record IndicatorSummary(String municipality, int year, int lines, int reached, BigDecimal target,
      BigDecimal achieved) {}

  /** A part of a list: the first rows and how many there are in all. */
  public record Part<T>(List<T> rows, int total) {

    public boolean cut() {
      return rows.size() < total;
    }
  }

  /** Money by municipality and year, municipalities in the configured order, years ascending. */
  public List<Money> money(Scope scope) {
    Map<String, Map<Integer, Money>> byPlace = new LinkedHashMap<>();
    jdbc.query("select municipality, summary_year, orders, planned, contracted, paid, refunded"
        + " from so_dashboard_summary" + scope.where("municipality") + (scope.all() ? " where" : " and")
        + " (orders > 0 or contracted <> 0 or paid <> 0 or refunded <> 0)", rs -> {
          add(byPlace, new Money(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getBigDecimal(4), rs.getBigDecimal(5),
              rs.getBigDecimal(6), rs.getBigDecimal(7)));
        }, scope.arguments());
    List<Money> rows = new ArrayList<>();
    for (String municipality : placesInOrder(byPlace.keySet())) {
      rows.addAll(byPlace.get(municipality).values());
    }
    return rows;
  }

  /** The totals of each year over the municipalities in scope, years ascending. */
  public static List<Money> byYear(List<Money> money) {
    Map<Integer, Money> years = new TreeMap<>();
    money.forEach(row -> years.merge(row.year(), new Money(null, row.year(), row.orders(), row.planned(),
        row.contracted(), row.paid(), row.refunded()), Money::plus));
    return List.copyOf(years.values());
  }

  /** The totals of each municipality over all years, in the configured order. */
  public static List<Money> byMunicipality(List<Money> money) {
    Map<String, Money> places = new LinkedHashMap<>();
    money.forEach(row -> places.merge(row.municipality(), new Money(row.municipality(), 0, row.orders(),
        row.planned(), row.contracted(), row.paid(), row.refunded()), Money::plus));
    return List.copyOf(places.values());
  }

  /** Everything in scope added up (municipality null, year 0). */
  public static Money total(List<Money> money) {
    Money sum = new Money(null, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    for (Money row : money) {
      sum = sum.plus(row);
    }
    return sum;
  }

  public List<StageCount> ordersByStage(Scope scope) {
    return stages(scope, SummaryRecount.ORDER);
  }

  public List<StageCount> themesByStage(Scope scope) {
    return stages(scope, SummaryRecount.THEME);
  }

  private List<StageCount> stages(Scope scope, String kind) {
    List<Object> arguments = new ArrayList<>(List.of(scope.arguments()));
    arguments.add(kind);
    return jdbc.query("select stage, sum(stage_count) from so_dashboard_stage" + scope.where("municipality")
        + (scope.all() ? " where" : " and") + " kind = ? group by stage having sum(stage_count) > 0",
        (rs, n) -> new StageCount(rs.getString(1), rs.getInt(2)), arguments.toArray());
  }

  /**
   * Tranche reports not in by their due date, the latest first: the tranche is planned or sent back
   * for correction, its contract still runs, and the day has passed.
   */
  public Part<OverdueReport> overdueReports(Scope scope) {
    LocalDate today = LocalDate.now(clock.withZone(properties.timeZone()));
    String from = " from so_tranche_plan p join so_contract c on c.municipality = p.municipality"
        + " and c.contract_number = p.contract_number"
        + scope.where("p.municipality") + (scope.all() ? " where" : " and")
        + " p.status in ('PLANNED', 'CORRECTION') and c.outcome is null and p.report_due_date < ?";
    List<Object> arguments = new ArrayList<>(List.of(scope.arguments()));
    arguments.add(java.sql.Date.valueOf(today));
    Integer total = jdbc.queryForObject("select count(*)" + from, Integer.class, arguments.toArray());
    arguments.add(LIST_LIMIT);
    List<OverdueReport> rows = jdbc.query("select p.municipality, p.contract_number, c.contractor_name,"
        + " p.tranche_number, p.report_due_date, p.status" + from
        + " order by p.report_due_date, p.municipality, p.contract_number, p.tranche_number limit ?", (rs, n) -> {
          LocalDate due = rs.getDate(5).toLocalDate();
          return new OverdueReport(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), due,
              ChronoUnit.DAYS.between(due, today), rs.getString(6));
        }, arguments.toArray());
    return new Part<>(rows, total == null ? 0 : total);
  }

  /**
   * Calls that failed or were cancelled, and calls whose results were appealed; the latest first. The
   * calls are found through the status index and the appeals' call index, not by reading every call.
   */
  public Part<TroubledCompetition> troubledCompetitions(Scope scope) {
    String troubled = "(select call_number from so_competition_call where status in ('FAILED', 'CANCELLED')"
        + " union select call_number from so_competition_appeal)";
    String appeals = "(select call_number, count(*) appeals, sum(case when decided_at is null then 1 else 0 end)"
        + " undecided from so_competition_appeal group by call_number)";
    String from = " from " + troubled + " d join so_competition_call k on k.call_number = d.call_number"
        + " left join " + appeals + " a on a.call_number = k.call_number" + scope.where("k.municipality");
    Integer total = jdbc.queryForObject("select count(*)" + from, Integer.class, scope.arguments());
    List<Object> arguments = new ArrayList<>(List.of(scope.arguments()));
    arguments.add(LIST_LIMIT);
    List<TroubledCompetition> rows = jdbc.query("select k.municipality, k.call_number, k.problem, k.status,"
        + " coalesce(a.appeals, 0), coalesce(a.undecided, 0), k.outcome_reason" + from
        + " order by k.published_at desc, k.call_number limit ?",
        (rs, n) -> new TroubledCompetition(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getInt(5), rs.getInt(6), rs.getString(7)), arguments.toArray());
    return new Part<>(rows, total == null ? 0 : total);
  }

  /** Indicators of submitted final reports by municipality and year: lines, lines reached, target and reached sums. */
  public List<IndicatorSummary> indicators(Scope scope) {
    List<IndicatorSummary> rows = jdbc.query("select municipality, summary_year, indicator_lines, indicator_reached,"
        + " indicator_target, indicator_achieved from so_dashboard_summary" + scope.where("municipality")
        + (scope.all() ? " where" : " and") + " indicator_lines > 0",
        (rs, n) -> new IndicatorSummary(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
            rs.getBigDecimal(5), rs.getBigDecimal(6)), scope.arguments());
    List<String> order = placesInOrder(rows.stream().map(IndicatorSummary::municipality).distinct().toList());
    List<IndicatorSummary> sorted = new ArrayList<>(rows);
    sorted.sort((a, b) -> a.municipality().equals(b.municipality()) ? Integer.compare(a.year(), b.year())
        : Integer.compare(order.indexOf(a.municipality()), order.indexOf(b.municipality())));
    return sorted;
  }

  private static void add(Map<String, Map<Integer, Money>> byPlace, Money money) {
    byPlace.computeIfAbsent(money.municipality(), m -> new TreeMap<>()).merge(money.year(), money, Money::plus);
  }

  /** The configured municipalities' order first, then any other (a municipality no longer served) by id. */
  private List<String> placesInOrder(java.util.Collection<String> present) {
    List<String> order = new ArrayList<>();
    properties.municipalities().forEach(m -> {
      if (present.contains(m.id())) {
        order.add(m.id());
      }
    });
    List<String> others = new ArrayList<>(present);
    others.removeAll(order);
    Collections.sort(others);
    order.addAll(others);
    return order;
  }
}
