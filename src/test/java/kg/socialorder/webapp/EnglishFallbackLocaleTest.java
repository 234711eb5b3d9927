package kg.socialorder.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import kg.socialorder.support.WebappTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Kyrgyz or Russian page must not have its dates ("2 days ago") switched to English by the English
 * fallback file that the webapps load beside the page's own language.
 */
class EnglishFallbackLocaleTest extends WebappTest {

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest(name = "{0} in a {1} browser")
  @CsvSource({"tasklist, 'ru-RU,ru;q=0.9,en;q=0.8'", "tasklist, ky", "cockpit, ru", "admin, 'ky-KG,ru;q=0.5'"})
  void aKyrgyzOrRussianBrowserGetsTheEnglishLabelsWithoutEnglishDateWords(String app, String languages)
      throws Exception {
    HttpResponse<String> response = get("/camunda/app/" + app + "/locales/en.json?bust=7.24.0", languages);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().allValues("Vary")).anyMatch(value -> value.contains("Accept-Language"));
    JsonNode served = parse(response);
    assertThat(served.has("dateLocales")).isFalse();
    assertThat(served.get("labels")).isEqualTo(webjarEnglish(app).get("labels"));
    // the page's own language keeps its date words
    JsonNode own = parse(get("/camunda/app/" + app + "/locales/" + languages.substring(0, 2) + ".json", languages));
    assertThat(own.path("dateLocales").path("relativeTime").path("past").asText()).isNotBlank().doesNotContain("ago");
  }

  @ParameterizedTest(name = "a browser asking for {0}")
  @ValueSource(strings = {"en-US,en;q=0.9,ru;q=0.5", "de", "", "not a language list;;"})
  void anyOtherBrowserGetsTheEnglishFileUnchanged(String languages) throws Exception {
    HttpResponse<String> response = get("/camunda/app/tasklist/locales/en.json", languages);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(parse(response)).isEqualTo(webjarEnglish("tasklist"));
  }

  private HttpResponse<String> get(String path, String languages) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (!languages.isEmpty()) {
      request.header("Accept-Language", languages);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Camunda's English files begin with a byte order mark, which the webapps skip. */
  private JsonNode parse(HttpResponse<String> response) throws IOException {
    return json.readTree(response.body().replaceFirst("^\uFEFF", ""));
  }

  private JsonNode webjarEnglish(String app) throws IOException {
    try (InputStream in = getClass().getResourceAsStream(
        "/META-INF/resources/webjars/camunda/app/" + app + "/locales/en.json")) {
      return json.readTree(in);
    }
  }
}
