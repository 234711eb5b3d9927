package kg.socialorder.portal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import kg.socialorder.PublicFormat;
import org.springframework.stereotype.Component;

/**
 * How the public report writes its values: money and dates as {@link PublicFormat} writes them
 * everywhere, codes in "Кыргызча / Русский". The report templates get it as {@code format}.
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

  private final PublicFormat format;

  public ReportFormat(PublicFormat format) {
    this.format = format;
  }

  public String som(BigDecimal amount) {
    return PublicFormat.som(amount);
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
    return PublicFormat.day(isoDate);
  }

  public String day(Instant moment) {
    return format.day(moment);
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
