package kg.socialorder.portal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * How the public report writes its values: money in som with thousands separated (400 000 сом),
 * dates as dd.MM.yyyy, codes in "Кыргызча / Русский". The report templates get it as {@code format}.
 */
@Component
public class ReportFormat {

  static final Map<String, String> RATINGS = Map.of(
      "excellent", "Эң жакшы / Отлично",
      "good", "Жакшы / Хорошо",
      "satisfactory", "Канааттандырарлык / Удовлетворительно",
      "poor", "Канааттандырарлык эмес / Неудовлетворительно");
  static final Map<String, String> HEARING_FORMATS = Map.of(
      "publicHearing", "Коомдук угуу / Общественные слушания",
      "peoplesAssembly", "Элдик жыйын / Народный сход",
      "roundTable", "Тегерек стол / Круглый стол");
  static final Map<String, String> VOTING_METHODS = Map.of(
      "openVote", "Жыйында ачык добуш берүү / Открытое голосование на сходе",
      "ballot", "Бюллетень менен / Бюллетенями",
      "dotVoting", "Чекит менен добуш берүү / Голосование точками",
      "survey", "Сурамжылоо / Опрос");
  static final Map<String, String> OUTCOMES = Map.of(
      "completed", "Аткарылды / Исполнен",
      "terminated", "Мөөнөтүнөн мурда токтотулду / Расторгнут досрочно");

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");

  public String som(BigDecimal amount) {
    if (amount == null) {
      return "—";
    }
    NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("ru"));
    format.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
    format.setMaximumFractionDigits(2);
    // a plain space groups thousands in print as on the notice board
    return format.format(amount).replace('\u00a0', ' ').replace('\u202f', ' ') + " сом";
  }

  public String number(BigDecimal value) {
    return value == null ? "—" : value.stripTrailingZeros().toPlainString();
  }

  /** Reached against target, as a whole percentage. */
  public String percent(BigDecimal reached, BigDecimal target) {
    if (reached == null || target == null || target.signum() == 0) {
      return "—";
    }
    return reached.multiply(BigDecimal.valueOf(100)).divide(target, 0, java.math.RoundingMode.HALF_UP) + " %";
  }

  public String day(String isoDate) {
    return isoDate == null ? "—" : LocalDate.parse(isoDate).format(DAY);
  }

  public String day(Instant moment) {
    return moment == null ? "—" : moment.atZone(BISHKEK).toLocalDate().format(DAY);
  }

  public String rating(String code) {
    return RATINGS.getOrDefault(code, code);
  }

  public String hearingFormat(String code) {
    return HEARING_FORMATS.getOrDefault(code, code);
  }

  public String votingMethod(String code) {
    return code == null ? "—" : VOTING_METHODS.getOrDefault(code, code);
  }

  public String outcome(String code) {
    return OUTCOMES.getOrDefault(code, code);
  }
}
