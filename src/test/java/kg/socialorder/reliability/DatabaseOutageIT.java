package kg.socialorder.reliability;

import static kg.socialorder.reliability.Tranches.APPROVE_PAYMENT_ORDER;
import static kg.socialorder.reliability.Tranches.FINANCE;
import static kg.socialorder.reliability.Tranches.RECORD_PAYMENT;
import static kg.socialorder.reliability.Tranches.REMINDER_DUE;
import static kg.socialorder.reliability.Tranches.SEND_REMINDER;
import static kg.socialorder.reliability.Tranches.SUBMIT_REPORT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import kg.socialorder.support.WebappClient;
import kg.socialorder.support.WebappClient.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stops for 30 seconds while finance completes tasks and the engine runs
 * jobs; the application (the real fat jar) says it is unhealthy, refuses work with a clear message,
 * and recovers by itself when the database returns, losing no job and paying nothing twice.
 */
class DatabaseOutageIT extends OneNodeOnPostgres {

  /** The outage (README "Database outage"): how long PostgreSQL stays down. */
  static final Duration ISSUE_9_OUTAGE = Duration.ofSeconds(30);
  static final Duration STEP = Duration.ofSeconds(60);
  /** The reminder's timer comes due this long after the database stops: during the outage. */
  static final Duration TIMER_DUE_INTO_OUTAGE = Duration.ofSeconds(10);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter REST_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

  @BeforeAll
  static void startTheApplicationOnPostgres() {
    startNode("outage-node");
  }

  @Test
  void whilePostgresIsDownTheNodeIsUnhealthyAndRefusesWorkClearlyThenRecoversByItselfAndLosesNoJob() throws Exception {
    WebappClient admin = Tranches.loggedIn(node, ApplicationNode.ADMIN);
    WebappClient finance = Tranches.loggedIn(node, FINANCE);
    String withReminder = Tranches.start(admin, database, "OUTAGE-1");
    String inPayment = Tranches.start(admin, database, "OUTAGE-2");
    String inCompletion = Tranches.start(admin, database, "OUTAGE-3");
    String refused = Tranches.start(admin, database, "OUTAGE-4");
    Tranches.approvePaymentOf(finance, withReminder);
    awaitPaid(withReminder);
    String refusedTask = Tranches.openTask(finance, refused);
    String interruptedTask = Tranches.openTask(finance, inCompletion);

    PostgresProbe.HeldLock ledger = probe.holdPaymentLedger();
    PostgresProbe.HeldLock history = probe.holdCompletionOf(interruptedTask);
    // a payment job in flight and a task completion in flight when the database goes
    Tranches.approvePaymentOf(finance, inPayment);
    probe.awaitBlocked("insert into so_payment", STEP);
    CompletableFuture<Response> interrupted =
        CompletableFuture.supplyAsync(() -> Tranches.approvePayment(finance, interruptedTask));
    probe.awaitBlocked("update act_hi_taskinst", STEP);
    // and a timer that comes due while the database is away
    Instant stoppedAt = Instant.now();
    Response moved = admin.putEngine("job/" + probe.job(withReminder, REMINDER_DUE).orElseThrow().id() + "/duedate",
        Map.of("duedate", REST_DATE.format(stoppedAt.plus(TIMER_DUE_INTO_OUTAGE))));
    assertThat(moved.status()).as(moved.text()).isEqualTo(204);

    database.stop();
    ledger.close();
    history.close();

    Awaiting.until("health DOWN", STEP, () -> node.health().status() == 503);
    JsonNode health = JSON.readTree(node.health().body());
    assertThat(health.path("status").asText()).isEqualTo("DOWN");
    assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("DOWN");
    assertThat(health.path("components").path("engine").path("status").asText()).isEqualTo("DOWN");

    Response refusal = Tranches.approvePayment(finance, refusedTask);
    assertThat(refusal.status()).isEqualTo(503);
    assertThat(refusal.json().path("message").asText()).contains(
        "Маалымат базасы убактылуу жеткиликсиз", "База данных временно недоступна");
    assertThat(refusal.text()).doesNotContain("Exception", "SQL", "at org.", "PSQL");
    ApplicationNode.Answer portal = node.get("/portal/orders");
    assertThat(portal.status()).isEqualTo(503);
    assertThat(portal.body()).contains("База данных временно недоступна").doesNotContain("Exception");
    Response interruptedAnswer = interrupted.get(STEP.toSeconds(), TimeUnit.SECONDS);
    assertThat(interruptedAnswer.status()).as("the completion in flight did not succeed").isGreaterThanOrEqualTo(500);

    // the node stays down and says so for the whole outage
    Awaiting.until("the outage of " + ISSUE_9_OUTAGE.toSeconds() + " s over", ISSUE_9_OUTAGE.plus(STEP), () -> {
      assertThat(node.health().status()).as("health during the outage").isEqualTo(503);
      return Duration.between(stoppedAt, Instant.now()).compareTo(ISSUE_9_OUTAGE) >= 0;
    });
    database.restart();
    Instant back = Instant.now();

    Awaiting.until("health UP again by itself", STEP, () -> node.health().status() == 200);
    System.out.printf("DatabaseOutageIT: healthy %d ms after PostgreSQL returned%n",
        Duration.between(back, Instant.now()).toMillis());
    // the timer due during the outage fires once, its reminder goes out once
    Awaiting.until("the reminder sent", STEP, () -> probe.completions(withReminder, SEND_REMINDER) == 1);
    assertThat(probe.completions(withReminder, REMINDER_DUE)).isEqualTo(1);
    assertThat(probe.reminders(withReminder)).isEqualTo(1);
    // the payment job that was in flight runs again once its lock expires, and pays once
    awaitPaid(inPayment);
    // the interrupted completion left nothing half-done; it and the refused one now succeed
    assertThat(probe.openTasks(inCompletion)).containsExactly(APPROVE_PAYMENT_ORDER);
    assertThat(probe.openTasks(refused)).containsExactly(APPROVE_PAYMENT_ORDER);
    Tranches.approvePaymentOf(finance, inCompletion);
    Tranches.approvePaymentOf(finance, refused);
    awaitPaid(inCompletion);
    awaitPaid(refused);

    for (String tranche : List.of(withReminder, inPayment, inCompletion, refused)) {
      assertThat(probe.ledgerEntries(tranche)).as("ledger entries of " + tranche).isEqualTo(1);
      assertThat(probe.completions(tranche, RECORD_PAYMENT)).isEqualTo(1);
      assertThat(probe.openTasks(tranche)).containsExactly(SUBMIT_REPORT);
    }
    assertThat(probe.completions(withReminder, SEND_REMINDER)).as("no second reminder").isEqualTo(1);
  }

  private static void awaitPaid(String tranche) {
    Awaiting.until("tranche " + tranche + " paid", JOB_LOCK_TIME.plus(STEP),
        () -> probe.completions(tranche, RECORD_PAYMENT) == 1);
    assertThat(probe.ledgerEntries(tranche)).isEqualTo(1);
  }

}
