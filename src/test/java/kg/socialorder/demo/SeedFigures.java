package kg.socialorder.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.socialorder.ocds.OpenDataClient;

/**
 * What the public reads of the seed cases, as one text: every portal page a visitor reaches from the
 * home page and the registry (the text of each page, as a screen reader would read it), every OCDS
 * record, and the public reports. Kept in src/test/resources/demo/seed-figures.txt, it is what the
 * public saw before the case record moved the data out of the processes; a change that alters a
 * figure shows as a line of difference.
 */
final class SeedFigures {

  static final String FILE = "src/test/resources/demo/seed-figures.txt";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
  private static final Pattern LINK = Pattern.compile("href=\"(/portal/(?:orders|calls|reports)/[^\"?#]+)\"");

  private final OpenDataClient client;
  private final StringBuilder text = new StringBuilder();

  SeedFigures(OpenDataClient client) {
    this.client = client;
  }

  /** Reads everything, in an order that does not depend on timing: pages by address, records by id. */
  String read() {
    Set<String> pages = new LinkedHashSet<>(List.of("/portal", "/portal/orders", "/portal/reports"));
    List<String> queue = new ArrayList<>(pages);
    for (int i = 0; i < queue.size(); i++) {
      String page = queue.get(i);
      String html = body(page);
      section("page " + page, pageText(html));
      Matcher links = LINK.matcher(html);
      while (links.find()) {
        String link = links.group(1);
        // forms to fill and their answers are not figures: what is published is
        if (!link.endsWith("/apply") && !link.endsWith("/change") && !link.endsWith("/appeal")
            && !link.endsWith("/pdf") && pages.add(link)) {
          queue.add(link);
        }
      }
    }
    JsonNode records = OpenDataClient.json(client.get("/ocds/records"));
    for (JsonNode record : records.path("records")) {
      section("ocds record " + record.path("ocid").asText(), pretty(record));
    }
    return text.toString();
  }

  private String body(String path) {
    HttpResponse<String> response = client.get(path);
    if (response.statusCode() != 200) {
      throw new AssertionError(path + " answered " + response.statusCode());
    }
    return response.body();
  }

  private void section(String title, String content) {
    text.append("=== ").append(title).append('\n').append(content.strip()).append("\n\n");
  }

  /** The words of a page, one block a line: no markup, scripts, styles, or the form's one-time token. */
  static String pageText(String html) {
    String words = html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
        .replaceAll("(?is)<input[^>]*type=\"hidden\"[^>]*>", " ")
        .replaceAll("(?i)<(br|/p|/div|/li|/tr|/h[1-6]|/dt|/dd|/td|/th|/caption|/section|/header|/footer)[^>]*>", "\n")
        .replaceAll("<[^>]+>", " ")
        .replace("&nbsp;", " ").replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&lt;", "<").replace("&gt;", ">");
    StringBuilder lines = new StringBuilder();
    for (String line : words.split("\n")) {
      String plain = line.replaceAll("[\\s\\u00a0]+", " ").strip();
      if (!plain.isEmpty()) {
        lines.append(plain).append('\n');
      }
    }
    return lines.toString();
  }

  private static String pretty(JsonNode node) {
    try {
      return JSON.writeValueAsString(JSON.treeToValue(node, Object.class));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
