package kg.socialorder.dashboard;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kg.socialorder.SocialOrderProperties;
import kg.socialorder.order.OrderStatus;
import kg.socialorder.order.ThemeStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How one social order has gone, from the case record: each theme's contract with its tranches
 * (planned against paid) and the days its stages were reached, the order's own first.
 */
@Component
public class OrderProgress {

  private final JdbcTemplate jdbc;
  private final ZoneId zone;

  public OrderProgress(JdbcTemplate jdbc, SocialOrderProperties properties) {
    this.jdbc = jdbc;
    this.zone = properties.timeZone();
  }

  public record Order(String businessKey, String municipality, int year, String programme, BigDecimal envelope,
      OrderStatus status, List<Theme> themes, List<Step> steps) {}

  public record Theme(String themeKey, int number, String problem, BigDecimal budget, ThemeStatus status,
      Contract contract, List<Step> steps) {}

  public record Contract(String number, String contractor, BigDecimal amount, List<Tranche> tranches) {

    public BigDecimal paid() {
      return tranches.stream().map(Tranche::paid).filter(p -> p != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  public record Tranche(int number, BigDecimal planned, LocalDate paymentDate, BigDecimal paid, LocalDate paidOn,
      String status) {}

  /** A stage reached on a day: what, in both languages. */
  public record Step(LocalDate day, String ky, String ru) {}

  /**
   * The order a case belongs to, by the case's business key: the order's own (its selection shares it)
   * or one of its themes' (the theme's competition, contract, tranches and final report share that).
   */
  public Optional<Order> ofCase(String caseKey) {
    Optional<Order> order = of(caseKey);
    if (order.isPresent()) {
      return order;
    }
    List<String> orderKeys = jdbc.queryForList("select social_order_key from so_theme where theme_key = ?", String.class,
        caseKey);
    return orderKeys.isEmpty() ? Optional.empty() : of(orderKeys.get(0));
  }

  public Optional<Order> of(String businessKey) {
    List<Order> found = jdbc.query("select business_key, municipality, order_year, programme_name, budget_envelope,"
        + " status, started_at from so_social_order where business_key = ?", (rs, n) -> new Order(rs.getString(1),
            rs.getString(2), rs.getInt(3), rs.getString(4), rs.getBigDecimal(5), OrderStatus.valueOf(rs.getString(6)),
            themes(rs.getString(1)), orderSteps(rs.getString(1), day(rs.getTimestamp(7)))), businessKey);
    return found.stream().findFirst();
  }

  private List<Step> orderSteps(String key, LocalDate started) {
    List<Step> steps = new ArrayList<>();
    steps.add(new Step(started, "Социалдык тапшырык башталды", "Социальный заказ начат"));
    jdbc.query("select resolution_date from so_problem_selection where selection_key = ?", rs -> {
      steps.add(new Step(rs.getDate(1).toLocalDate(), "Жергиликтүү кеңеш темаларды бекитти",
          "Местный кенеш утвердил темы"));
    }, key);
    return steps;
  }

  private List<Theme> themes(String orderKey) {
    return jdbc.query("select theme_key, theme_number, problem, budget, status from so_theme where social_order_key = ?"
        + " order by theme_number", (rs, n) -> {
          String themeKey = rs.getString(1);
          Contract contract = contract(themeKey);
          return new Theme(themeKey, rs.getInt(2), rs.getString(3), rs.getBigDecimal(4),
              ThemeStatus.valueOf(rs.getString(5)), contract, themeSteps(themeKey, contract));
        }, orderKey);
  }

  private Contract contract(String themeKey) {
    List<Contract> found = jdbc.query("select municipality, contract_number, contractor_name, amount from so_contract"
        + " where business_key = ?", (rs, n) -> new Contract(rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
            tranches(rs.getString(1), rs.getString(2))), themeKey);
    return found.isEmpty() ? null : found.get(0);
  }

  private List<Tranche> tranches(String municipality, String contractNumber) {
    return jdbc.query("select t.tranche_number, t.amount, t.payment_date, p.amount, p.paid_on, t.status"
        + " from so_tranche_plan t left join so_payment p on p.municipality = t.municipality"
        + " and p.contract_number = t.contract_number and p.tranche_number = t.tranche_number"
        + " where t.municipality = ? and t.contract_number = ? order by t.tranche_number",
        (rs, n) -> new Tranche(rs.getInt(1), rs.getBigDecimal(2), local(rs.getDate(3)), rs.getBigDecimal(4),
            local(rs.getDate(5)), rs.getString(6)), municipality, contractNumber);
  }

  private List<Step> themeSteps(String themeKey, Contract contract) {
    List<Step> steps = new ArrayList<>();
    jdbc.query("select call_round, published_at, results_published_at, status from so_competition_call"
        + " where business_key = ? order by call_round", rs -> {
          String round = rs.getInt(1) > 1 ? " (" + rs.getInt(1) + ")" : "";
          steps.add(new Step(day(rs.getTimestamp(2)), "Сынак жарыяланды" + round, "Конкурс объявлен" + round));
          if (rs.getTimestamp(3) != null) {
            steps.add(new Step(day(rs.getTimestamp(3)), "Сынактын жыйынтыктары жарыяланды" + round,
                "Итоги конкурса опубликованы" + round));
          }
        }, themeKey);
    jdbc.query("select signed_on, closed_at, outcome from so_contract where business_key = ?", rs -> {
      steps.add(new Step(rs.getDate(1).toLocalDate(), "Келишимге кол коюлду", "Договор подписан"));
      if (rs.getTimestamp(2) != null) {
        steps.add("TERMINATED".equalsIgnoreCase(rs.getString(3))
            ? new Step(day(rs.getTimestamp(2)), "Келишим токтотулду", "Договор расторгнут")
            : new Step(day(rs.getTimestamp(2)), "Келишим аткарылды", "Договор исполнен"));
      }
    }, themeKey);
    if (contract != null) {
      for (Tranche tranche : contract.tranches()) {
        if (tranche.paidOn() != null) {
          steps.add(new Step(tranche.paidOn(), tranche.number() + "-транш төлөндү", "Транш " + tranche.number() + " выплачен"));
        }
      }
    }
    jdbc.query("select submitted_at from so_final_report where business_key = ? and submitted_at is not null", rs -> {
      steps.add(new Step(day(rs.getTimestamp(1)), "Акыркы отчет тапшырылды", "Итоговый отчёт сдан"));
    }, themeKey);
    jdbc.query("select published_at from so_public_report where business_key = ?", rs -> {
      steps.add(new Step(day(rs.getTimestamp(1)), "Коомдук отчет жарыяланды", "Публичный отчёт опубликован"));
    }, themeKey);
    steps.sort(Comparator.comparing(Step::day));
    return steps;
  }

  private LocalDate day(Timestamp moment) {
    return moment == null ? null : LocalDate.ofInstant(moment.toInstant(), zone);
  }

  private static LocalDate local(Date date) {
    return date == null ? null : date.toLocalDate();
  }
}
