package kg.socialorder.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * Lists and records are stored as JSON (Spin) variables: Tasklist's Camunda Forms read and write
 * them as they are, Cockpit shows them, and they survive a change of the Java classes. This is the
 * one place that converts between them and Java values.
 */
public final class JsonVariables {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private JsonVariables() {}

  /** A JSON variable holding {@code value} (records, lists, maps) as its JSON form. */
  public static JsonValue json(Object value) {
    try {
      return SpinValues.jsonValue(MAPPER.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write " + value + " as JSON", e);
    }
  }

  /**
   * A variable's value as plain Java (maps, lists, strings, numbers, booleans), whichever way it was
   * submitted: a Spin JSON variable (Tasklist), a JSON string, an object serialized as JSON (the
   * REST API), or Java collections (the Java API). Anything else is returned as it is.
   */
  public static Object plain(Object raw) {
    Object value = raw instanceof TypedValue typed ? unwrap(typed) : raw;
    if (value instanceof SpinJsonNode node) {
      return read(node.toString());
    }
    if (value instanceof String text && looksLikeJson(text)) {
      return read(text);
    }
    if (value instanceof List<?> || value instanceof Map<?, ?>) {
      return MAPPER.convertValue(value, Object.class);
    }
    return value;
  }

  /** Converts the plain Java form of a list of records into records of {@code type}. */
  public static <T> List<T> records(Object raw, Class<T> type) {
    Object plain = plain(raw);
    if (plain == null) {
      return List.of();
    }
    return MAPPER.convertValue(plain,
        MAPPER.getTypeFactory().constructCollectionType(List.class, type));
  }

  /** Converts the plain Java form of one record into a record of {@code type}; null stays null. */
  public static <T> T record(Object raw, Class<T> type) {
    Object plain = plain(raw);
    return plain == null ? null : MAPPER.convertValue(plain, type);
  }

  private static Object unwrap(TypedValue typed) {
    if (typed instanceof JsonValue json) {
      return json.getValue();
    }
    if (typed instanceof ObjectValue object && !object.isDeserialized()) {
      return object.getValueSerialized();
    }
    return typed.getValue();
  }

  private static boolean looksLikeJson(String text) {
    String trimmed = text.strip();
    return trimmed.startsWith("[") || trimmed.startsWith("{");
  }

  private static Object read(String json) {
    try {
      return MAPPER.readValue(json, Object.class);
    } catch (JsonProcessingException e) {
      return json;
    }
  }
}
