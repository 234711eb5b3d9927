package kg.socialorder.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses work while the database is unreachable: the person gets 503 and a plain message in Kyrgyz
 * and Russian, not the engine's exception text. Every guarded request first checks that a
 * connection answers (one round trip; the pool's connection timeout bounds the wait during an
 * outage). When the database returns, the next request passes again: nothing to reset.
 * Static files (scripts, styles, pages of the webapps) need no database and are never guarded.
 */
public class DatabaseOutageGuard extends OncePerRequestFilter {

  /** Paths that read or write the database: the webapps' API, /engine-rest, the portal, open data. */
  static final String[] GUARDED = {"/camunda/api/*", "/engine-rest/*", "/portal/*", "/ocds/*"};

  static final int RETRY_AFTER_SECONDS = 30;
  private static final int VALIDATION_SECONDS = 2;
  private static final Pattern STATIC_FILE = Pattern.compile(".*\\.(css|js|html|png|svg|ico|woff2?|ttf|map|json)$");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Logger log = LoggerFactory.getLogger(DatabaseOutageGuard.class);

  private final DataSource dataSource;
  private final String message;

  public DatabaseOutageGuard(DataSource dataSource) {
    this.dataSource = dataSource;
    this.message = text(Locale.forLanguageTag("ky")) + " / " + text(Locale.forLanguageTag("ru"));
  }

  /** The bilingual text of the refusal. */
  public String message() {
    return message;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return STATIC_FILE.matcher(request.getRequestURI()).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (databaseAnswers()) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/camunda/api/") || path.startsWith("/engine-rest/")) {
      // the shape of Camunda's REST errors, whose message the webapps show in their notification
      response.setContentType("application/json");
      JSON.writeValue(response.getWriter(), Map.of("type", "DatabaseUnavailable", "message", message));
    } else if (path.startsWith("/ocds/")) {
      // the shape of the open-data API's errors
      response.setContentType("application/json");
      JSON.writeValue(response.getWriter(), Map.of("error", message));
    } else {
      response.setContentType("text/plain");
      response.getWriter().write(message);
    }
  }

  private boolean databaseAnswers() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(VALIDATION_SECONDS);
    } catch (SQLException e) {
      log.warn("Database unreachable, request refused: {}", e.getMessage());
      return false;
    }
  }

  private static String text(Locale locale) {
    return ResourceBundle.getBundle("messages/engine", locale, ResourceBundle.Control.getNoFallbackControl(
        ResourceBundle.Control.FORMAT_PROPERTIES)).getString("unavailable.database");
  }
}
