package kg.socialorder.ocds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Reading and writing OCDS JSON. Strings are escaped as JSON requires; besides, {@code <}, {@code >}
 * and {@code &} are written as {@code \u003c} etc., so a title holding markup stays inert even if
 * someone opens the data in a browser. Kyrgyz letters are written as they are (UTF-8).
 */
final class OcdsJson {

  static final ObjectMapper MAPPER = new ObjectMapper();

  static {
    MAPPER.getFactory().setCharacterEscapes(new MarkupSafeEscapes());
  }

  /** Dates and times as RFC 3339 with seconds, which OCDS's date-time format requires. */
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private OcdsJson() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write OCDS JSON", e);
    }
  }

  static JsonNode read(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored release is not JSON", e);
    }
  }

  static String dateTime(Instant instant, ZoneId zone) {
    return instant.atZone(zone).toOffsetDateTime().format(DATE_TIME);
  }

  /** A calendar day as the start of that day in the municipalities' time zone. */
  static String startOf(LocalDate day, ZoneId zone) {
    return day.atStartOfDay(zone).toOffsetDateTime().format(DATE_TIME);
  }

  /** A calendar day as its last second in the municipalities' time zone: the end of a period. */
  static String endOf(LocalDate day, ZoneId zone) {
    return day.atTime(LocalTime.of(23, 59, 59)).atZone(zone).toOffsetDateTime().format(DATE_TIME);
  }

  static ObjectNode value(BigDecimal amount, String currency) {
    ObjectNode value = object();
    value.put("amount", amount.stripTrailingZeros().scale() < 0 ? amount.setScale(0) : amount.stripTrailingZeros());
    value.put("currency", currency);
    return value;
  }

  private static final class MarkupSafeEscapes extends CharacterEscapes {

    private final int[] escapes = standardAsciiEscapesForJSON();

    MarkupSafeEscapes() {
      escapes['<'] = ESCAPE_STANDARD;
      escapes['>'] = ESCAPE_STANDARD;
      escapes['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }
}
