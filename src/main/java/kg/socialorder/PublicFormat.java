package kg.socialorder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import org.springframework.stereotype.Component;

/**
 * How values are written wherever a person reads them: messages, the portal's pages, the public
 * report and its PDF. Dates as dd.MM.yyyy, moments as dd.MM.yyyy HH:mm in the municipalities' time
 * zone, money grouped by thousands with a non-breaking space and a decimal comma ("400 001 сом",
 * "12,50 сом"), as Tasklist's forms write it (form-locale.js). ISO stays in open data and the APIs.
 * Pages get it as {@code format}.
 */
@Component
public class PublicFormat {

  /** Groups thousands and joins the amount to its unit, so a line never breaks inside an amount. */
  public static final char NO_BREAK = '\u00a0';
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
  private static final DateTimeFormatter ISO_DAY_OR_MOMENT = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE).optionalStart().appendLiteral('T').append(DateTimeFormatter.ISO_TIME)
      .toFormatter().withResolverStyle(ResolverStyle.STRICT);

  private final ZoneId zone;

  public PublicFormat(SocialOrderProperties properties) {
    this.zone = properties.timeZone();
  }

  /** "400 001 сом", "12,50 сом"; "—" for none. */
  public static String som(BigDecimal amount) {
    return amount == null ? "—" : number(amount) + NO_BREAK + "сом";
  }

  /**
   * A number as people write it: thousands grouped, a decimal comma, tyiyn (two decimals) only when
   * there are some: 400 001, 12,50, 0,5 → 0,50.
   */
  public static String number(BigDecimal value) {
    if (value == null) {
      return "—";
    }
    BigDecimal plain = value.stripTrailingZeros();
    boolean fraction = plain.scale() > 0;
    BigDecimal shown = fraction ? value.setScale(Math.max(2, plain.scale()), RoundingMode.UNNECESSARY) : plain.setScale(0);
    String digits = shown.abs().toPlainString();
    int point = digits.indexOf('.');
    String whole = point < 0 ? digits : digits.substring(0, point);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append(NO_BREAK);
      }
      grouped.append(whole.charAt(i));
    }
    if (point >= 0) {
      grouped.append(',').append(digits.substring(point + 1));
    }
    return (shown.signum() < 0 ? "−" : "") + grouped;
  }

  /** "17.04.2012"; "—" for none. */
  public static String day(LocalDate day) {
    return day == null ? "—" : day.format(DAY);
  }

  /** A day stored as ISO text ("2026-11-07", or a moment such as "2026-11-07T10:00+06:00") as people read it. */
  public static String day(String isoDate) {
    return isoDate == null || isoDate.isBlank() ? "—" : day(isoDay(isoDate));
  }

  /**
   * The day an ISO text names: a date ("2026-11-07") or a moment on it ("2026-11-07T10:00:00+06:00",
   * whose day is the one written, in the moment's own zone). Anything else is refused.
   */
  public static LocalDate isoDay(String text) {
    return LocalDate.from(ISO_DAY_OR_MOMENT.parse(text.strip()));
  }

  /** The day of a moment in the municipalities' time zone. */
  public String day(Instant moment) {
    return moment == null ? "—" : day(LocalDate.ofInstant(moment, zone));
  }

  /** "05.12.2026 19:42" in the municipalities' time zone. */
  public String moment(Instant moment) {
    return moment == null ? "—" : MOMENT.format(moment.atZone(zone));
  }

  public ZoneId zone() {
    return zone;
  }
}
