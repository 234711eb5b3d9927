package kg.socialorder.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import kg.socialorder.engine.JsonVariables;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * Talks to the running application as the Camunda webapps do: logs in through the Tasklist login,
 * keeps the session and echoes the CSRF token, and calls the webapps' engine API.
 */
public class WebappClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;
  private final Duration timeout;

  public WebappClient(int port) {
    this(port, null);
  }

  /** A client whose every request gives up after {@code timeout} (the load benchmark's people). */
  public WebappClient(int port, Duration timeout) {
    this.base = "http://localhost:" + port + "/camunda";
    this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
    this.timeout = timeout;
  }

  /** Logs in to Tasklist; returns the HTTP status of the login. */
  public int login(String user, String password) {
    return login(user, password, "tasklist");
  }

  /** Logs in to one webapp (tasklist, cockpit, admin); returns the HTTP status of the login. */
  public int login(String user, String password, String app) {
    send(HttpRequest.newBuilder(URI.create(base + "/app/tasklist/default/")).GET());
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    int status = send(withToken(HttpRequest.newBuilder(URI.create(base + "/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)))).statusCode();
    // the session changed at login: fetch its CSRF token
    send(HttpRequest.newBuilder(URI.create(base + "/api/admin/auth/user/default")).GET());
    return status;
  }

  /** GET on the engine API, e.g. {@code engine("task?processInstanceId=…")}. */
  public Response getEngine(String path) {
    return response(send(HttpRequest.newBuilder(URI.create(base + "/api/engine/engine/default/" + path))
        .header("Accept", "application/json").GET()));
  }

  /** POST of a JSON body on the engine API. */
  public Response postEngine(String path, Object body) {
    try {
      return response(send(withToken(HttpRequest.newBuilder(URI.create(base + "/api/engine/engine/default/" + path))
          .header("Content-Type", "application/json")
          .header("Accept", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)))));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** PUT of a JSON body on the engine API. */
  public Response putEngine(String path, Object body) {
    try {
      return response(send(withToken(HttpRequest.newBuilder(URI.create(base + "/api/engine/engine/default/" + path))
          .header("Content-Type", "application/json")
          .header("Accept", "application/json")
          .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)))));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** DELETE on the engine API. */
  public Response deleteEngine(String path) {
    return response(send(withToken(HttpRequest.newBuilder(URI.create(base + "/api/engine/engine/default/" + path))
        .header("Accept", "application/json").DELETE())));
  }

  /** GET of any path under {@code /camunda}, e.g. {@code /api/cockpit/plugin/base/default/...} or an app page. */
  public Response get(String path) {
    return response(send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET()));
  }

  /** POST of a JSON body to any path under {@code /camunda}, e.g. a Cockpit plugin query. */
  public Response post(String path, Object body) {
    try {
      return response(send(withToken(HttpRequest.newBuilder(URI.create(base + path))
          .header("Content-Type", "application/json")
          .header("Accept", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)))));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * GET of a path outside {@code /camunda} with this client's login (the dashboard, its exports), e.g.
   * {@code /dashboard}; the body as bytes, as an export may be a spreadsheet.
   */
  public HttpResponse<byte[]> getFromRoot(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.substring(0, base.length() - "/camunda".length())
        + path)).GET();
    if (timeout != null) {
      request.timeout(timeout);
    }
    return HttpCalls.send(http, request, HttpResponse.BodyHandlers.ofByteArray());
  }

  /**
   * GET of a page of the application outside {@code /camunda} (e.g. {@code /mail/settings}) in this
   * session; redirects are not followed.
   */
  public Response page(String path) {
    return response(send(HttpRequest.newBuilder(URI.create(base.replaceFirst("/camunda$", "") + path)).GET()));
  }

  /** POST of an HTML form to a page outside {@code /camunda}, in this session: name, value, name, value… */
  public Response form(String path, String... namesAndValues) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      body.append(body.isEmpty() ? "" : "&")
          .append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8)).append('=')
          .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
    }
    return response(send(HttpRequest.newBuilder(URI.create(base.replaceFirst("/camunda$", "") + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))));
  }

  /** POST of a form with files to any path under {@code /camunda}, with the session's CSRF token. */
  public Response postMultipart(String path, Map<String, ?> fields, java.util.List<MultipartBody.FilePart> files) {
    MultipartBody body = new MultipartBody(fields, files);
    return response(send(withToken(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", body.contentType())
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())))));
  }

  /** POST of an HTML form with files to a page outside {@code /camunda} (e.g. {@code /people/import}), in this session. */
  public Response formWithFiles(String path, Map<String, ?> fields, java.util.List<MultipartBody.FilePart> files) {
    MultipartBody body = new MultipartBody(fields, files);
    return response(send(HttpRequest.newBuilder(URI.create(base.replaceFirst("/camunda$", "") + path))
        .header("Content-Type", body.contentType())
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))));
  }

  /** GET of any path under {@code /camunda} as bytes, with the answer's headers (a document). */
  public HttpResponse<byte[]> getBytes(String path) {
    return HttpCalls.sendBytes(http, HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  /** A form's variables as Tasklist sends them: lists as Json text, the rest as plain values. */
  public static Map<String, Object> asTasklistSends(VariableMap variables) {
    Map<String, Object> sent = new LinkedHashMap<>();
    for (String name : variables.keySet()) {
      TypedValue value = variables.getValueTyped(name);
      try {
        sent.put(name, value instanceof JsonValue json
            ? Map.of("type", "Json", "value", JSON.writeValueAsString(JsonVariables.plain(json)))
            : Map.of("value", value.getValue()));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return sent;
  }

  private HttpRequest.Builder withToken(HttpRequest.Builder request) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .findFirst()
        .map(token -> request.header("X-XSRF-TOKEN", token))
        .orElse(request);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    if (timeout != null) {
      request.timeout(timeout);
    }
    return HttpCalls.send(http, request);
  }

  private static Response response(HttpResponse<String> response) {
    JsonNode body = null;
    try {
      body = response.body().isBlank() ? null : JSON.readTree(response.body());
    } catch (IOException e) {
      // not JSON: keep the text only
    }
    return new Response(response.statusCode(), response.body(), body,
        response.headers().firstValue("Location").orElse(null));
  }

  /** @param location where a redirect leads; null for other answers */
  public record Response(int status, String text, JsonNode json, String location) {

    public Response(int status, String text, JsonNode json) {
      this(status, text, json, null);
    }
  }
}
