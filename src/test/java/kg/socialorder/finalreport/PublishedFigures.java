package kg.socialorder.finalreport;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The published public reports as figures: every report's JSON by key, numbers compared by value
 * (300000.0 and 300000.00 are the same sum), for comparing what residents read before and after a
 * change. {@code -Dpublished-figures.write=true} writes the expected file instead of comparing.
 */
public final class PublishedFigures {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private PublishedFigures() {}

  /** Every published report in the database, by business key, numbers made comparable. */
  public static ObjectNode of(JdbcTemplate jdbc) {
    ObjectNode reports = JsonNodeFactory.instance.objectNode();
    jdbc.query("select business_key, report_json from so_public_report order by business_key", rs -> {
      try {
        reports.set(rs.getString(1), plain(JSON.readTree(rs.getString(2))));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    return reports;
  }

  /** The figures expected in {@code file} (under src/test/resources), or written there when asked to. */
  public static JsonNode expected(String file, ObjectNode actual) {
    Path path = Path.of("src/test/resources", file);
    try {
      if (Boolean.getBoolean("published-figures.write")) {
        Files.createDirectories(path.getParent());
        Files.writeString(path, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n");
      }
      return JSON.readTree(Files.readString(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode plain(JsonNode node) {
    if (node.isNumber()) {
      BigDecimal value = node.decimalValue().stripTrailingZeros();
      return JsonNodeFactory.instance.textNode(value.toPlainString());
    }
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        copy.set(field.getKey(), plain(field.getValue()));
      }
      return copy;
    }
    if (node.isArray()) {
      var copy = JsonNodeFactory.instance.arrayNode();
      node.forEach(item -> copy.add(plain(item)));
      return copy;
    }
    return node;
  }
}
