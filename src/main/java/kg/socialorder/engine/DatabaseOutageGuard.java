package kg.socialorder.engine;

import com.zaxxer.hikari.HikariPoolMXBean;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
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
 *
 * <p>A pool with every connection in use is not an outage: the database answers, the application is
 * only busy. The pool then times out without a connection failure behind it; the person is told to
 * try again in a moment and the log says the pool was exhausted, not that the database was down.
 * Static files (scripts, styles, pages of the webapps) need no database and are never guarded.
 */
public class DatabaseOutageGuard extends OncePerRequestFilter {

  /** Paths that read or write the database: the webapps' API, /engine-rest, the portal, open data. */
  static final String[] GUARDED = {"/camunda/api/*", "/engine-rest/*", "/portal/*", "/ocds/*"};

  static final int RETRY_AFTER_SECONDS = 30;
  static final int BUSY_RETRY_AFTER_SECONDS = 5;
  private static final int VALIDATION_SECONDS = 2;
  private static final Pattern STATIC_FILE = Pattern.compile(".*\\.(css|js|html|png|svg|ico|woff2?|ttf|map|json)$");
  private static final Logger log = LoggerFactory.getLogger(DatabaseOutageGuard.class);

  private final DataSource dataSource;
  private final String message = UnavailableResponse.message("unavailable.database");
  private final String busyMessage = UnavailableResponse.message("unavailable.busy");

  public DatabaseOutageGuard(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The bilingual text of the refusal during an outage. */
  public String message() {
    return message;
  }

  /** The bilingual text of the refusal while every connection is in use. */
  public String busyMessage() {
    return busyMessage;
  }

  static boolean isStaticFile(HttpServletRequest request) {
    return STATIC_FILE.matcher(request.getRequestURI()).matches();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return isStaticFile(request);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    switch (database(request)) {
      case ANSWERS -> chain.doFilter(request, response);
      case BUSY -> UnavailableResponse.write(request, response, "ServerBusy", busyMessage, BUSY_RETRY_AFTER_SECONDS);
      case UNREACHABLE ->
          UnavailableResponse.write(request, response, "DatabaseUnavailable", message, RETRY_AFTER_SECONDS);
    }
  }

  private enum Database { ANSWERS, BUSY, UNREACHABLE }

  /** Asks for a connection and gives it back at once: the request takes its own when it needs one. */
  private Database database(HttpServletRequest request) {
    try (Connection connection = dataSource.getConnection()) {
      if (connection.isValid(VALIDATION_SECONDS)) {
        return Database.ANSWERS;
      }
      log.warn("Database does not answer, request refused: {} {}", request.getMethod(), request.getRequestURI());
    } catch (SQLException e) {
      if (poolExhausted(e)) {
        log.warn("Connection pool exhausted ({}), request refused as busy: {} {}", poolState(),
            request.getMethod(), request.getRequestURI());
        return Database.BUSY;
      }
      log.warn("Database unreachable, request refused: {}", e.getMessage());
    }
    return Database.UNREACHABLE;
  }

  /**
   * The pool gave up waiting although the database answers: Hikari's timeout carries the last
   * failure to connect as its cause during an outage, and none while every connection is merely busy.
   */
  private boolean poolExhausted(SQLException e) {
    return e instanceof SQLTransientConnectionException && e.getCause() == null
        && pool() != null && pool().getActiveConnections() > 0;
  }

  private String poolState() {
    HikariPoolMXBean pool = pool();
    return pool.getActiveConnections() + " of " + pool.getTotalConnections() + " connections in use, "
        + pool.getThreadsAwaitingConnection() + " threads waiting";
  }

  private HikariPoolMXBean pool() {
    return Capacity.pool(dataSource);
  }
}
