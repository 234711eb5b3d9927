package kg.socialorder.order;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kg.socialorder.ThemeNames;
import kg.socialorder.problemselection.ApprovedTheme;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The register of social orders and their themes, written by the main process in the engine's
 * transaction and read by the public registry. Each write is keyed, so a repeated step changes
 * nothing but the status it sets. Every write raises {@link OrderRecorded} or {@link ThemeRecorded}.
 */
@Component
public class OrderRegister implements ThemeNames {

  private static final RowMapper<Order> ORDER = (rs, n) -> new Order(rs.getString(1), rs.getString(2), rs.getInt(3),
      rs.getString(4), rs.getBigDecimal(5), OrderStatus.valueOf(rs.getString(6)), rs.getTimestamp(7).toInstant());

  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;

  public OrderRegister(JdbcTemplate jdbc, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  public void registerOrder(String key, String municipality, int year, String programme, BigDecimal envelope,
      Instant at) {
    if (jdbc.update("update so_social_order set updated_at = ? where business_key = ?", Timestamp.from(at), key) == 0) {
      jdbc.update("insert into so_social_order (business_key, municipality, order_year, programme_name, "
              + "budget_envelope, status, started_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
          key, municipality, year, programme, envelope, OrderStatus.SELECTION.name(), Timestamp.from(at),
          Timestamp.from(at));
    }
    events.publishEvent(new OrderRecorded(key));
  }

  public void orderStatus(String key, OrderStatus status, Instant at) {
    jdbc.update("update so_social_order set status = ?, updated_at = ? where business_key = ?",
        status.name(), Timestamp.from(at), key);
    events.publishEvent(new OrderRecorded(key));
  }

  public void registerTheme(String orderKey, int number, String themeKey, String problem, String targetGroup,
      BigDecimal budget, Instant at) {
    if (jdbc.update("update so_theme set updated_at = ? where social_order_key = ? and theme_number = ?",
        Timestamp.from(at), orderKey, number) == 0) {
      jdbc.update("insert into so_theme (social_order_key, theme_number, theme_key, problem, target_group, budget, "
              + "status, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
          orderKey, number, themeKey, problem, targetGroup, budget, ThemeStatus.COMPETITION.name(), Timestamp.from(at));
    }
    events.publishEvent(new ThemeRecorded(themeKey));
  }

  public void themeStatus(String themeKey, ThemeStatus status, String reason, Instant at) {
    jdbc.update("update so_theme set status = ?, reason = ?, updated_at = ? where theme_key = ?",
        status.name(), reason, Timestamp.from(at), themeKey);
    events.publishEvent(new ThemeRecorded(themeKey));
  }

  /** Newest first, one page, filtered by whatever is given (null: any). */
  public List<Order> orders(String municipality, Integer year, OrderStatus status, int offset, int limit) {
    List<Object> args = new ArrayList<>();
    String where = where(municipality, year, status, args);
    args.add(limit);
    args.add(offset);
    return jdbc.query("select business_key, municipality, order_year, programme_name, budget_envelope, status, "
            + "started_at from so_social_order" + where + " order by started_at desc, business_key limit ? offset ?",
        ORDER, args.toArray());
  }

  public int count(String municipality, Integer year, OrderStatus status) {
    List<Object> args = new ArrayList<>();
    return jdbc.queryForObject("select count(*) from so_social_order" + where(municipality, year, status, args),
        Integer.class, args.toArray());
  }

  public Optional<Order> order(String key) {
    return jdbc.query("select business_key, municipality, order_year, programme_name, budget_envelope, status, "
            + "started_at from so_social_order where business_key = ?", ORDER, key).stream().findFirst();
  }

  /** A theme by its key; an order's own key, which every problem selection's task names, costs no query. */
  @Override
  public Optional<ThemeNames.Theme> find(String themeKey) {
    if (!ApprovedTheme.isKey(themeKey)) {
      return Optional.empty();
    }
    return jdbc.query("select theme_number, problem from so_theme where theme_key = ?",
        (rs, row) -> new ThemeNames.Theme(rs.getInt(1), rs.getString(2)), themeKey).stream().findFirst();
  }

  public List<Theme> themes(String orderKey) {
    return themesOf(List.of(orderKey)).getOrDefault(orderKey, List.of());
  }

  /** The themes of several orders in one query, by order key: a registry page reads them at once. */
  public Map<String, List<Theme>> themesOf(List<String> orderKeys) {
    Map<String, List<Theme>> themes = new LinkedHashMap<>();
    if (orderKeys.isEmpty()) {
      return themes;
    }
    String placeholders = String.join(", ", java.util.Collections.nCopies(orderKeys.size(), "?"));
    jdbc.query("select social_order_key, theme_number, theme_key, problem, target_group, budget, status, reason "
            + "from so_theme where social_order_key in (" + placeholders + ") order by social_order_key, theme_number",
        rs -> {
          themes.computeIfAbsent(rs.getString(1), key -> new ArrayList<>()).add(new Theme(rs.getInt(2),
              rs.getString(3), rs.getString(4), rs.getString(5), rs.getBigDecimal(6),
              ThemeStatus.valueOf(rs.getString(7)), rs.getString(8)));
        },
        orderKeys.toArray());
    return themes;
  }

  /** Every year from the latest order's back to the first's, newest first; none while there is no order. */
  public List<Integer> years() {
    return jdbc.query("select min(order_year), max(order_year) from so_social_order", rs -> {
      rs.next();
      int first = rs.getInt(1);
      if (rs.wasNull()) {
        return List.of();
      }
      List<Integer> years = new ArrayList<>();
      for (int year = rs.getInt(2); year >= first; year--) {
        years.add(year);
      }
      return years;
    });
  }

  private static String where(String municipality, Integer year, OrderStatus status, List<Object> args) {
    List<String> conditions = new ArrayList<>();
    if (municipality != null) {
      conditions.add("municipality = ?");
      args.add(municipality);
    }
    if (year != null) {
      conditions.add("order_year = ?");
      args.add(year);
    }
    if (status != null) {
      conditions.add("status = ?");
      args.add(status.name());
    }
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  public record Order(String businessKey, String municipality, int year, String programmeName,
      BigDecimal budgetEnvelope, OrderStatus status, Instant startedAt) {}

  public record Theme(int number, String themeKey, String problem, String targetGroup, BigDecimal budget,
      ThemeStatus status, String reason) {}
}
