package kg.socialorder.validation;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.socialorder.engine.JsonVariables;

/**
 * Checks the inputs of one submission, collecting every violation before it rejects, so a person
 * corrects all fields at once. Each reader returns the value converted, or null when it is missing
 * or wrong (then a violation is recorded). Call {@link #throwIfInvalid()} before storing anything.
 */
public final class InputCheck {

  /** Longer texts are refused: a form field is no place for a document. */
  public static final int MAX_TEXT_LENGTH = 4000;
  /** More than any municipal budget; a larger figure is a typing error. */
  public static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000000");

  /**
   * Control characters other than line breaks and tabs; the bidirectional overrides and isolates
   * that make a text read differently from what it stores; surrogates without their pair and the
   * non-characters U+FFFE and U+FFFF, which no keyboard produces.
   */
  private static final Pattern CONTROL_CHARACTERS =
      Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]|[\\u202A-\\u202E\\u2066-\\u2069\\uFFFE\\uFFFF]|\\p{Cs}");
  /** A day as forms send it, optionally followed by a time of day (the REST API's dates). */
  private static final Pattern DATE_TEXT = Pattern.compile(
      "(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})(T[0-9:.]+(Z|[+-]\\d{2}:?\\d{2})?)?");
  /** A day as people write it in Kyrgyzstan: 17.04.2012. */
  private static final Pattern TYPED_DATE = Pattern.compile("(?<day>\\d{1,2})\\.(?<month>\\d{1,2})\\.(?<year>\\d{4})");

  /** The spaces people and formatted numbers put between thousands. */
  private static final Pattern GROUPING = Pattern.compile("[ \\u00a0\\u2009\\u202f]");

  /** A comma before three digits groups thousands in English, where a Kyrgyz form means a decimal. */
  private static final Pattern COMMA_GROUPING = Pattern.compile("\\d,\\d{3}(?!\\d)");

  private final ValidationMessages messages;
  private final List<Violation> violations = new ArrayList<>();

  InputCheck(ValidationMessages messages) {
    this.messages = messages;
  }

  public void reject(String field, String code, Object... args) {
    violations.add(new Violation(field, code, args));
  }

  public boolean isValid() {
    return violations.isEmpty();
  }

  public boolean hasViolationFor(String field) {
    return violations.stream().anyMatch(v -> v.field().equals(field));
  }

  public void throwIfInvalid() {
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations, messages.describe(violations));
    }
  }

  /** The municipality an instance belongs to: its tenant, without which no work may start. */
  public String municipality(String tenantId) {
    if (tenantId == null) {
      reject("municipality", "municipalityRequired");
    }
    return tenantId;
  }

  /** A text, trimmed; blank counts as missing. */
  public String text(String field, Object raw, boolean required) {
    if (raw == null || raw instanceof String s && s.isBlank()) {
      if (required) {
        reject(field, "required");
      }
      return null;
    }
    if (!(raw instanceof String text)) {
      reject(field, "text");
      return null;
    }
    String trimmed = text.strip();
    if (trimmed.length() > MAX_TEXT_LENGTH) {
      reject(field, "tooLong", MAX_TEXT_LENGTH);
      return null;
    }
    if (CONTROL_CHARACTERS.matcher(trimmed).find()) {
      reject(field, "controlCharacters");
      return null;
    }
    return trimmed;
  }

  /** One of the allowed codes (a select or radio field). */
  public String choice(String field, Object raw, boolean required, Set<String> allowed) {
    String value = text(field, raw, required);
    if (value != null && !allowed.contains(value)) {
      reject(field, "choice");
      return null;
    }
    return value;
  }

  /** A whole number within [min, max]. */
  public Long wholeNumber(String field, Object raw, boolean required, long min, long max) {
    BigDecimal number = number(field, raw, required);
    if (number == null) {
      return null;
    }
    if (number.stripTrailingZeros().scale() > 0) {
      reject(field, "wholeNumber");
      return null;
    }
    if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
      reject(field, "range", min, max);
      return null;
    }
    return number.longValueExact();
  }

  /** A sum of money in som: positive, at most two decimals (tyiyn), not absurdly large. */
  public BigDecimal amount(String field, Object raw, boolean required) {
    return money(field, raw, required, false);
  }

  /** A sum of money in som that may be zero, e.g. what was spent or is left to refund. */
  public BigDecimal amountOrZero(String field, Object raw, boolean required) {
    return money(field, raw, required, true);
  }

  private BigDecimal money(String field, Object raw, boolean required, boolean zeroAllowed) {
    BigDecimal number = number(field, raw, required);
    if (number == null) {
      return null;
    }
    if (number.signum() < 0 || number.signum() == 0 && !zeroAllowed) {
      reject(field, zeroAllowed ? "notNegativeAmount" : "positiveAmount");
      return null;
    }
    if (number.stripTrailingZeros().scale() > 2) {
      reject(field, "amountPrecision");
      return null;
    }
    if (number.compareTo(MAX_AMOUNT) > 0) {
      reject(field, "amountTooLarge");
      return null;
    }
    return number;
  }

  /**
   * A calendar date: "yyyy-MM-dd" as forms and the APIs send it, "dd.MM.yyyy" as a person types it, or
   * a Date from the Java and REST APIs. A day the calendar does not have (31.02.2020, a 13th month) is
   * told so; digits of other scripts are refused, not read as 0–9.
   */
  public LocalDate date(String field, Object raw, boolean required, ZoneId zone) {
    if (raw == null || raw instanceof String s && s.isBlank()) {
      if (required) {
        reject(field, "required");
      }
      return null;
    }
    if (raw instanceof Date date) {
      return LocalDate.ofInstant(date.toInstant(), zone);
    }
    if (raw instanceof LocalDate date) {
      return date;
    }
    if (raw instanceof String text && hasOtherDigits(text)) {
      reject(field, "otherDigits");
      return null;
    }
    if (raw instanceof String text) {
      Matcher iso = DATE_TEXT.matcher(text.strip());
      Matcher typed = TYPED_DATE.matcher(text.strip());
      boolean isIso = iso.matches();
      if (isIso || typed.matches()) {
        Matcher parts = isIso ? iso : typed;
        try {
          // strict: 2026-02-30 is refused, not moved to March
          return LocalDate.of(Integer.parseInt(parts.group("year")), Integer.parseInt(parts.group("month")),
              Integer.parseInt(parts.group("day")));
        } catch (DateTimeException e) {
          reject(field, "impossibleDate", text.strip());
          return null;
        }
      }
    }
    reject(field, "date");
    return null;
  }

  /** A list of records (JSON objects). An empty list counts as missing. */
  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> records(String field, Object raw, boolean required) {
    Object plain = JsonVariables.plain(raw);
    if (plain == null || plain instanceof List<?> list && list.isEmpty()) {
      if (required) {
        reject(field, "atLeastOne");
      }
      return List.of();
    }
    if (!(plain instanceof List<?> list) || !list.stream().allMatch(Map.class::isInstance)) {
      reject(field, "list");
      return List.of();
    }
    return (List<Map<String, Object>>) plain;
  }

  /** A list of codes (a checklist field), each among the allowed ones. */
  public List<String> choices(String field, Object raw, boolean required, Set<String> allowed) {
    Object plain = JsonVariables.plain(raw);
    if (plain == null || plain instanceof List<?> list && list.isEmpty()) {
      if (required) {
        reject(field, "atLeastOne");
      }
      return List.of();
    }
    if (!(plain instanceof List<?> list) || !list.stream().allMatch(allowed::contains)) {
      reject(field, "choice");
      return List.of();
    }
    return list.stream().map(String.class::cast).distinct().toList();
  }

  /** A yes/no field; missing is no. */
  public boolean flag(String field, Object raw) {
    if (raw == null) {
      return false;
    }
    if (raw instanceof Boolean b) {
      return b;
    }
    if ("true".equals(raw) || "false".equals(raw)) {
      return Boolean.parseBoolean((String) raw);
    }
    reject(field, "yesNo");
    return false;
  }

  /** A digit of another script (Arabic-Indic ١٢٣, Devanagari, full-width…), which is not 0–9. */
  public static boolean hasOtherDigits(String text) {
    return text.chars().anyMatch(c -> Character.isDigit(c) && (c < '0' || c > '9'));
  }

  private BigDecimal number(String field, Object raw, boolean required) {
    if (raw == null || raw instanceof String s && s.isBlank()) {
      if (required) {
        reject(field, "required");
      }
      return null;
    }
    try {
      if (raw instanceof BigDecimal decimal) {
        return decimal;
      }
      if (raw instanceof Double || raw instanceof Float) {
        double d = ((Number) raw).doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
          reject(field, "number");
          return null;
        }
        return BigDecimal.valueOf(d);
      }
      if (raw instanceof Number n) {
        return new BigDecimal(n.toString());
      }
      if (raw instanceof String text && hasOtherDigits(text)) {
        // BigDecimal would read "١٢٣" as 123: a person means what the form shows
        reject(field, "otherDigits");
        return null;
      }
      if (raw instanceof String text && COMMA_GROUPING.matcher(text).find()) {
        // "400,000": four hundred thousand written the English way, or 400 som with tyiyn? Not guessed.
        reject(field, "commaGrouping");
        return null;
      }
      if (raw instanceof String text) {
        // spaces group thousands ("400 000", or copied "400 000" with a non-breaking or thin space);
        // a decimal comma is read as the point, and the receipt shows the amount as read
        return new BigDecimal(GROUPING.matcher(text.strip()).replaceAll("").replace(',', '.'));
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    reject(field, "number");
    return null;
  }
}
