package kg.socialorder.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * A 503 with a message in Kyrgyz and Russian, in the shape each way in expects: Camunda's REST error
 * for the webapps' API and {@code /engine-rest} (whose {@code message} Tasklist and Cockpit show),
 * open data's {@code {"error": …}}, plain text for the portal.
 */
final class UnavailableResponse {

  private static final ObjectMapper JSON = new ObjectMapper();

  private UnavailableResponse() {
  }

  /** The bilingual text of a key in {@code messages/engine}. */
  static String message(String key) {
    return text(key, "ky") + " / " + text(key, "ru");
  }

  static void write(HttpServletRequest request, HttpServletResponse response, String type, String message,
      int retryAfterSeconds) throws IOException {
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/camunda/api/") || path.startsWith("/engine-rest/")) {
      response.setContentType("application/json");
      JSON.writeValue(response.getWriter(), Map.of("type", type, "message", message));
    } else if (path.startsWith("/ocds/")) {
      response.setContentType("application/json");
      JSON.writeValue(response.getWriter(), Map.of("error", message));
    } else {
      response.setContentType("text/plain");
      response.getWriter().write(message);
    }
  }

  private static String text(String key, String language) {
    return ResourceBundle.getBundle("messages/engine", Locale.forLanguageTag(language),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
  }
}
