package kg.socialorder.support;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** One HTTP exchange of a test, whose failure to connect is the test's failure, not a checked exception. */
public final class HttpCalls {

  private HttpCalls() {
  }

  public static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
    return send(http, request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  public static <T> HttpResponse<T> send(HttpClient http, HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
    try {
      return http.send(request.build(), body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** An exchange whose answer is bytes (a document, a PDF). */
  public static HttpResponse<byte[]> sendBytes(HttpClient http, HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
