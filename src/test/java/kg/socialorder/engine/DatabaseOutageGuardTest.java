package kg.socialorder.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.zaxxer.hikari.HikariDataSource;
import java.net.ServerSocket;
import java.sql.Connection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The guard in front of a real connection pool: on a database that answers, on one whose every
 * connection is taken (busy, not down), and on a server that is not there (down).
 */
class DatabaseOutageGuardTest {

  private static final String TASK_FORM = "/camunda/api/engine/engine/default/task/1/submit-form";

  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private HikariDataSource pool;

  @BeforeEach
  void listenToTheLog() {
    log.start();
    ((Logger) LoggerFactory.getLogger(DatabaseOutageGuard.class)).addAppender(log);
  }

  @AfterEach
  void closePool() {
    ((Logger) LoggerFactory.getLogger(DatabaseOutageGuard.class)).detachAppender(log);
    if (pool != null) {
      pool.close();
    }
  }

  @Test
  void aRequestPassesWhileTheDatabaseAnswersAndHoldsNoConnectionOfTheGuardsMeanwhile() throws Exception {
    pool = h2Pool(1);
    MockFilterChain chain = new MockFilterChain();

    new DatabaseOutageGuard(pool).doFilter(new MockHttpServletRequest("POST", TASK_FORM),
        new MockHttpServletResponse(), chain);

    assertThat(chain.getRequest()).as("passed on").isNotNull();
    assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isZero();
  }

  @Test
  void anUnreachableDatabaseIsRefusedWith503AndABilingualMessageInCamundasErrorShape() throws Exception {
    pool = unreachablePool();
    MockFilterChain chain = new MockFilterChain();
    MockHttpServletResponse response = new MockHttpServletResponse();

    new DatabaseOutageGuard(pool).doFilter(new MockHttpServletRequest("POST", TASK_FORM), response, chain);

    assertThat(chain.getRequest()).as("not passed on").isNull();
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("30");
    assertThat(response.getContentType()).startsWith("application/json");
    assertThat(response.getContentAsString())
        .startsWith("{")
        .contains("\"type\":\"DatabaseUnavailable\"", "Маалымат базасы убактылуу жеткиликсиз",
            "База данных временно недоступна")
        .doesNotContain("Connection", "SQL", "Exception");
    assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
        .anyMatch(line -> line.startsWith("Database unreachable"));
  }

  @Test
  void aPoolWithEveryConnectionTakenIsBusyNotDownAndTheLogSaysSo() throws Exception {
    pool = h2Pool(1);
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();
    try (Connection taken = pool.getConnection()) {
      new DatabaseOutageGuard(pool).doFilter(new MockHttpServletRequest("POST", TASK_FORM), response, chain);
    }

    assertThat(chain.getRequest()).as("not passed on").isNull();
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    assertThat(response.getContentAsString())
        .contains("\"type\":\"ServerBusy\"", "Сервер азыр бош эмес", "Сервер сейчас занят")
        .doesNotContain("Маалымат базасы", "Connection", "Exception");
    assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
        .anyMatch(line -> line.startsWith("Connection pool exhausted (1 of 1 connections in use"))
        .noneMatch(line -> line.startsWith("Database unreachable"));
  }

  @Test
  void openDataAnswersInItsOwnErrorShapeAndThePortalInPlainText() throws Exception {
    pool = unreachablePool();
    DatabaseOutageGuard guard = new DatabaseOutageGuard(pool);

    MockHttpServletResponse openData = new MockHttpServletResponse();
    guard.doFilter(new MockHttpServletRequest("GET", "/ocds/releases"), openData, new MockFilterChain());
    MockHttpServletResponse portal = new MockHttpServletResponse();
    guard.doFilter(new MockHttpServletRequest("GET", "/portal/orders"), portal, new MockFilterChain());

    assertThat(openData.getStatus()).isEqualTo(503);
    assertThat(openData.getContentAsString()).startsWith("{\"error\":\"Маалымат базасы");
    assertThat(portal.getStatus()).isEqualTo(503);
    assertThat(portal.getContentType()).startsWith("text/plain");
    assertThat(portal.getContentAsString()).isEqualTo(guard.message());
  }

  @Test
  void staticFilesAreServedWithoutAskingTheDatabase() throws Exception {
    pool = unreachablePool();
    MockFilterChain chain = new MockFilterChain();

    new DatabaseOutageGuard(pool).doFilter(new MockHttpServletRequest("GET", "/portal/portal.css"),
        new MockHttpServletResponse(), chain);

    assertThat(chain.getRequest()).isNotNull();
  }

  private static HikariDataSource h2Pool(int size) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl("jdbc:h2:mem:guard-" + System.nanoTime());
    pool.setMaximumPoolSize(size);
    pool.setConnectionTimeout(250);
    return pool;
  }

  /** A PostgreSQL pool pointed at a port where nothing listens, as during an outage. */
  private static HikariDataSource unreachablePool() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + port + "/socialorder");
    pool.setConnectionTimeout(250);
    pool.setInitializationFailTimeout(-1);
    return pool;
  }
}
