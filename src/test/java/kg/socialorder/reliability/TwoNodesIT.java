package kg.socialorder.reliability;

import static kg.socialorder.reliability.Tranches.FINANCE;
import static kg.socialorder.reliability.Tranches.RECORD_PAYMENT;
import static kg.socialorder.reliability.Tranches.REMINDER_DUE;
import static kg.socialorder.reliability.Tranches.SEND_REMINDER;
import static kg.socialorder.reliability.Tranches.SUBMIT_REPORT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kg.socialorder.support.EmbeddedPostgres;
import kg.socialorder.support.WebappClient;
import kg.socialorder.support.WebappClient.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two nodes of the real fat jar on one PostgreSQL, on different ports, as behind a
 * load balancer. The last test kills a node, so it runs last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

  /** Short, so that a killed node's job is taken over within the test. */
  static final Duration JOB_LOCK_TIME = Duration.ofSeconds(10);
  static final Duration STEP = Duration.ofSeconds(60);

  private static final DateTimeFormatter REST_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

  static EmbeddedPostgres database;
  static PostgresProbe probe;
  static ApplicationNode nodeA;
  static ApplicationNode nodeB;

  @BeforeAll
  static void startTwoNodesOnOneDatabase() {
    database = EmbeddedPostgres.startWithDurableCommits();
    probe = new PostgresProbe(database);
    // one after the other: the first creates the schema and deploys, the second finds them
    nodeA = ApplicationNode.start("node-a", database, JOB_LOCK_TIME);
    nodeB = ApplicationNode.start("node-b", database, JOB_LOCK_TIME);
  }

  @AfterAll
  static void stopEverything() {
    for (AutoCloseable closeable : new AutoCloseable[] {nodeA, nodeB, database}) {
      try {
        if (closeable != null) {
          closeable.close();
        }
      } catch (Exception e) {
        // the next one still has to stop
      }
    }
  }

  @Test
  @Order(1)
  void aUserLogsInOnEitherNodeAndATaskStartedOnOneIsCompletedOnTheOther() {
    WebappClient adminOnA = Tranches.loggedIn(nodeA, ApplicationNode.ADMIN);
    WebappClient financeOnA = Tranches.loggedIn(nodeA, FINANCE);
    WebappClient financeOnB = Tranches.loggedIn(nodeB, FINANCE);

    String tranche = Tranches.start(adminOnA, database, "NODES-1");
    String task = Tranches.openTask(financeOnA, tranche);
    assertThat(Tranches.openTask(financeOnB, tranche)).as("the same task on both nodes").isEqualTo(task);
    Tranches.approvePaymentOf(financeOnB, tranche);

    awaitPaid(tranche);
    // the next step, the contractor's report, is there on node A too
    WebappClient contractorOnA = Tranches.loggedIn(nodeA, Tranches.CONTRACTOR);
    assertThat(Tranches.openTask(contractorOnA, tranche)).isEqualTo(probe.openTaskIds(tranche, SUBMIT_REPORT).get(0));
  }

  @Test
  @Order(2)
  void timersAndPaymentJobsRunExactlyOnceAcrossBothNodes() {
    WebappClient admin = Tranches.loggedIn(nodeA, ApplicationNode.ADMIN);
    List<WebappClient> finance = List.of(Tranches.loggedIn(nodeA, FINANCE), Tranches.loggedIn(nodeB, FINANCE));
    List<String> tranches = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      tranches.add(Tranches.start(admin, database, "ONCE-" + i));
    }
    // the payment orders are approved on both nodes; both job executors compete for the payments
    for (int i = 0; i < tranches.size(); i++) {
      Tranches.approvePaymentOf(finance.get(i % 2), tranches.get(i));
    }
    tranches.forEach(TwoNodesIT::awaitPaid);

    // every reminder comes due at the same moment: both nodes' job executors compete for them
    String due = REST_DATE.format(Instant.now());
    for (String tranche : tranches) {
      Response moved = admin.putEngine("job/" + probe.job(tranche, REMINDER_DUE).orElseThrow().id() + "/duedate",
          Map.of("duedate", due));
      assertThat(moved.status()).as(moved.text()).isEqualTo(204);
    }
    Set<String> nodesThatRan = new TreeSet<>();
    for (String tranche : tranches) {
      Awaiting.until("reminder of " + tranche, STEP, () -> probe.completions(tranche, SEND_REMINDER) == 1);
      assertThat(probe.completions(tranche, REMINDER_DUE)).as("timer fired once").isEqualTo(1);
      assertThat(probe.reminders(tranche)).as("reminders sent").isEqualTo(1);
      assertThat(probe.ledgerEntries(tranche)).as("ledger entries").isEqualTo(1);
      assertThat(probe.completions(tranche, RECORD_PAYMENT)).as("payments in the engine's history").isEqualTo(1);
      assertThat(probe.successfulRuns(tranche, RECORD_PAYMENT)).hasSize(1);
      assertThat(probe.successfulRuns(tranche, REMINDER_DUE)).hasSize(1);
      probe.successfulRuns(tranche, RECORD_PAYMENT).forEach(run -> nodesThatRan.add(run.node()));
      probe.successfulRuns(tranche, REMINDER_DUE).forEach(run -> nodesThatRan.add(run.node()));
    }
    System.out.println("TwoNodesIT: jobs were run by " + nodesThatRan);
    assertThat(nodesThatRan).isSubsetOf("node-a", "node-b");
  }

  @Test
  @Order(3)
  void aPaymentJobOfAKilledNodeRunsOnTheOtherNodeOnceItsLockExpiresAndPaysOnce() {
    WebappClient admin = Tranches.loggedIn(nodeA, ApplicationNode.ADMIN);
    WebappClient financeOnB = Tranches.loggedIn(nodeB, FINANCE);
    String tranche = Tranches.start(admin, database, "NODES-KILLED");

    ApplicationNode holder;
    ApplicationNode survivor;
    PostgresProbe.JobRow locked;
    try (PostgresProbe.HeldLock ledger = probe.holdPaymentLedger()) {
      Tranches.approvePaymentOf(financeOnB, tranche);
      // whichever node took the payment job is now in the middle of it
      String holding = probe.awaitBlocked("insert into so_payment", STEP);
      holder = holding.equals(nodeA.name()) ? nodeA : nodeB;
      survivor = holder == nodeA ? nodeB : nodeA;
      locked = probe.job(tranche, RECORD_PAYMENT).orElseThrow();
      assertThat(locked.lockOwner()).isNotNull();
      holder.kill();
    }
    System.out.println("TwoNodesIT: " + holder.name() + " killed holding the payment job until " + locked.lockExpiry());

    awaitPaid(tranche);
    List<PostgresProbe.JobRun> runs = probe.successfulRuns(tranche, RECORD_PAYMENT);
    assertThat(runs).hasSize(1);
    assertThat(runs.get(0).node()).isEqualTo(survivor.name());
    assertThat(runs.get(0).at()).as("run after the dead node's lock expired").isAfterOrEqualTo(locked.lockExpiry());
    assertThat(probe.ledgerEntries(tranche)).isEqualTo(1);
    assertThat(probe.openTasks(tranche)).containsExactly(SUBMIT_REPORT);
    // the survivor keeps serving: finance logs in there and sees the next task
    assertThat(survivor.health().status()).isEqualTo(200);
    Tranches.loggedIn(survivor, FINANCE);
  }

  private static void awaitPaid(String tranche) {
    Awaiting.until("tranche " + tranche + " paid", JOB_LOCK_TIME.plus(STEP),
        () -> probe.completions(tranche, RECORD_PAYMENT) == 1);
    assertThat(probe.ledgerEntries(tranche)).isEqualTo(1);
  }
}
