package kg.socialorder.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kg.socialorder.support.ConnectionsPerThread;
import kg.socialorder.support.Together;
import kg.socialorder.support.WebappClient;
import kg.socialorder.support.WebappClient.Response;
import kg.socialorder.support.WebappTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * More people at once than the database has connections, through the webapps' API as Tasklist calls
 * it: a pool of four connections (three for requests, one for health), far fewer than the people,
 * who wait their turn at most {@code social-order.capacity.admission-wait} (10 s).
 */
@TestPropertySource(properties = {
    "spring.datasource.hikari.maximum-pool-size=4",
    "spring.datasource.hikari.connection-timeout=5000",
    // the starts held behind a slow transaction wait longer than the admission's 10 s (PostgreSQL
    // waits for a row lock as long as it takes)
    "spring.datasource.url=jdbc:h2:mem:capacity-${random.uuid};DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000"})
@Import(ConnectionsPerThread.class)
abstract class CapacityScenarios extends WebappTest {

  private static final int COORDINATORS = 16;

  @Autowired
  ConnectionsPerThread connections;
  @Autowired
  RequestAdmission admission;
  @Autowired
  javax.sql.DataSource dataSource;

  @BeforeEach
  void watchFromNow() {
    connections.reset();
  }

  @Test
  void sixteenCoordinatorsStartingAtOnceOnFourConnectionsAllGetTheirOrderWithConsecutiveNumbers() throws Exception {
    assertThat(pool().getMaximumPoolSize()).isEqualTo(4);
    int year = 2031;
    List<WebappClient> coordinators = new ArrayList<>();
    for (int i = 0; i < COORDINATORS; i++) {
      coordinators.add(loggedIn("karakol.coordinator"));
    }
    connections.reset();

    List<Response> answers = Together.atOnce(coordinators.stream()
        .map(coordinator -> (Callable<Response>) () -> start(coordinator, year)).toList());

    assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.text()).isEqualTo(200));
    List<String> keys = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("problem-selection").list().stream()
        .map(p -> p.getBusinessKey()).filter(k -> k.startsWith("KARAKOL-" + year + "-")).sorted().toList();
    assertThat(keys).hasSize(COORDINATORS).doesNotHaveDuplicates();
    assertThat(keys.stream().map(k -> Integer.parseInt(k.substring(k.lastIndexOf('-') + 1))).sorted())
        .as("the first start of the year made the counter; the others counted on from it")
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, COORDINATORS).boxed().toList());
    assertThat(connections.mostHeldByOneThread())
        .as("no request took a second connection while it held one; one did at %s",
            connections.whereSecondTaken()).isEqualTo(1);
  }

  @Test
  void whenEveryWritingSlotIsTakenTheNextStartIsToldTheServerIsBusyWhileTaskListsAreStillServed()
      throws Exception {
    int year = 2032;
    WebappClient first = loggedIn("karakol.coordinator");
    assertThat(start(first, year).status()).isEqualTo(200);
    // three request slots, one kept for requests that only read: two for starts and submissions
    List<WebappClient> coordinators = List.of(loggedIn("karakol.coordinator"), loggedIn("karakol.coordinator"));
    WebappClient latecomer = loggedIn("karakol.coordinator");
    ExecutorService threads = Executors.newFixedThreadPool(coordinators.size());
    List<Future<Response>> starts = new ArrayList<>();
    // a slow transaction elsewhere holds the year's counter: the two starts wait inside, each in
    // its request slot, and every slot for writing is taken
    try (Connection elsewhere = DriverManager.getConnection(pool().getJdbcUrl(), pool().getUsername(),
        Objects.toString(pool().getPassword(), ""))) {
      elsewhere.setAutoCommit(false);
      elsewhere.createStatement().executeUpdate("update so_business_key_counter set last_number = last_number "
          + "where municipality = 'karakol' and counter_year = " + year);
      for (WebappClient coordinator : coordinators) {
        starts.add(threads.submit(() -> start(coordinator, year)));
      }
      awaitWorking(2);

      Response tasks = latecomer.getEngine("filter?resourceType=Task&itemCount=true");
      assertThat(tasks.status()).as("the task list is served from the slot kept for reading").isEqualTo(200);

      Response busy = start(latecomer, year);

      assertThat(busy.status()).isEqualTo(503);
      assertThat(busy.json().path("type").asText()).isEqualTo("ServerBusy");
      assertThat(busy.json().path("message").asText())
          .contains("Сервер азыр бош эмес", "Сервер сейчас занят").doesNotContain("Exception", "SQL", "pool");
      elsewhere.rollback();
    } finally {
      threads.shutdown();
    }
    for (Future<Response> start : starts) {
      Response answer = start.get(30, TimeUnit.SECONDS);
      assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    }
    assertThat(start(latecomer, year).status()).as("a moment later the latecomer's start is taken").isEqualTo(200);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKeyLike("KARAKOL-" + year + "-%").count())
        .as("the refused start left nothing behind").isEqualTo(4);
  }

  private void awaitWorking(int requests) throws InterruptedException {
    Instant until = Instant.now().plus(Duration.ofSeconds(30));
    while (admission.working() < requests) {
      assertThat(Instant.now()).as("%d requests working", requests).isBefore(until);
      Thread.sleep(10);
    }
  }

  private HikariDataSource pool() throws Exception {
    return dataSource.unwrap(HikariDataSource.class);
  }

  private static Response start(WebappClient coordinator, int year) {
    return coordinator.postEngine("process-definition/key/problem-selection/submit-form",
        Map.of("variables", Map.of(
            "programmeName", value("Социалдык тапшырык " + year),
            "year", value(year),
            "budgetEnvelope", value(300_000),
            "themesPlanned", value(1))));
  }

  private static Map<String, Object> value(Object value) {
    return Map.of("value", value);
  }
}
