package kg.socialorder.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A reader of the open data over real HTTP, without login, as any program would read it. */
public class OpenDataClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final HttpClient http = HttpClient.newHttpClient();

  public OpenDataClient(int port) {
    this.base = "http://localhost:" + port;
  }

  public HttpResponse<String> get(String path) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("GET " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("GET " + path, e);
    }
  }

  public static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException("Not JSON: " + response.body(), e);
    }
  }

  /** A link of a package (an absolute URI on the configured public address) as a path on this server. */
  public static String path(String link) {
    return URI.create(link).getRawPath() + (URI.create(link).getRawQuery() == null ? ""
        : "?" + URI.create(link).getRawQuery());
  }
}
