package kg.socialorder.designer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Calls /engine-rest as Camunda Modeler does: HTTP Basic, no session, no CSRF token. */
public class EngineRestClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final String authorization;
  private final HttpClient http = HttpClient.newHttpClient();

  private EngineRestClient(int port, String authorization) {
    this.base = "http://localhost:" + port + "/engine-rest";
    this.authorization = authorization;
  }

  static EngineRestClient anonymous(int port) {
    return new EngineRestClient(port, null);
  }

  public static EngineRestClient as(int port, String user, String password) {
    String credentials = user + ":" + password;
    return new EngineRestClient(port,
        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  Response send(String method, String path) {
    return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()));
  }

  public Response postJson(String path, String body) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  /** The Deploy button of Camunda Modeler: the diagram and its attached files in one deployment. */
  public Response deploy(String deploymentName, Map<String, byte[]> files) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("deployment-name", deploymentName);
    fields.put("deployment-source", "Camunda Modeler");
    fields.put("enable-duplicate-filtering", "true");
    String boundary = "----modeler" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
        + name + "\"\r\n\r\n" + value + "\r\n"));
    files.forEach((name, content) -> {
      write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
          + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
      body.writeBytes(content);
      write(body, "\r\n");
    });
    write(body, "--" + boundary + "--\r\n");
    return send(request("/deployment/create")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** problem-selection.bpmn as a designer changed it (another version tag), with the forms it uses. */
  static Map<String, byte[]> changedProblemSelection(String versionTag) {
    try {
      String diagram = Files.readString(Path.of("processes/problem-selection.bpmn"))
          .replace("camunda:versionTag=\"1.0\"", "camunda:versionTag=\"" + versionTag + "\"");
      if (!diagram.contains(versionTag)) {
        throw new IllegalStateException("problem-selection.bpmn no longer has versionTag 1.0");
      }
      Map<String, byte[]> files = new LinkedHashMap<>();
      files.put("problem-selection.bpmn", diagram.getBytes(StandardCharsets.UTF_8));
      for (String form : new String[] {"problem-selection-start", "announce-selection", "register-problems",
          "record-community-choice", "approve-themes"}) {
        files.put(form + ".form", Files.readAllBytes(Path.of("forms", form + ".form")));
      }
      return files;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
    return authorization == null ? request : request.header("Authorization", authorization);
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      JsonNode json = null;
      try {
        json = response.body().isBlank() ? null : JSON.readTree(response.body());
      } catch (IOException e) {
        // not JSON: the text is enough
      }
      return new Response(response.statusCode(), response.body(), json);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  public record Response(int status, String text, JsonNode json) {}
}
