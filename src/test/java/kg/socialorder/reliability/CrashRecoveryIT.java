package kg.socialorder.reliability;

import static kg.socialorder.reliability.Tranches.APPROVE_PAYMENT_ORDER;
import static kg.socialorder.reliability.Tranches.FINANCE;
import static kg.socialorder.reliability.Tranches.RECORD_PAYMENT;
import static kg.socialorder.reliability.Tranches.SUBMIT_REPORT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import kg.socialorder.support.WebappClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The application is killed (SIGKILL) while it pays a tranche and while finance
 * completes a task, and started again. The node runs the real fat jar on a real PostgreSQL.
 */
class CrashRecoveryIT extends OneNodeOnPostgres {

  static final Duration STEP = Duration.ofSeconds(60);

  @BeforeAll
  static void startTheApplicationOnPostgres() {
    startNode("crash-node");
  }

  @Test
  void afterSigkillInAPaymentAndInATaskCompletionEveryTrancheContinuesFromItsLastCommitAndIsPaidExactlyOnce()
      throws Exception {
    WebappClient admin = Tranches.loggedIn(node, ApplicationNode.ADMIN);
    WebappClient finance = Tranches.loggedIn(node, FINANCE);
    List<String> tranches = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      tranches.add(Tranches.start(admin, database, "CRASH-" + i));
    }
    // 0, 1 wait for the payment order; 2, 3 are paid and wait for the contractor's report
    for (String paid : tranches.subList(2, 4)) {
      Tranches.approvePaymentOf(finance, paid);
      awaitPaid(paid);
    }
    String inPayment = tranches.get(4);
    String inCompletion = tranches.get(5);
    String interruptedTask = Tranches.openTask(finance, inCompletion);

    CompletableFuture<WebappClient.Response> interruptedSubmission;
    try (PostgresProbe.HeldLock ledger = probe.holdPaymentLedger();
        PostgresProbe.HeldLock history = probe.holdCompletionOf(interruptedTask)) {
      // 4: the order is approved and committed; its payment job runs and stops at the ledger insert
      Tranches.approvePaymentOf(finance, inPayment);
      assertThat(probe.awaitBlocked("insert into so_payment", STEP)).isEqualTo(node.name());
      // 5: finance's completion stops in the middle of its transaction
      interruptedSubmission = CompletableFuture.supplyAsync(() -> Tranches.approvePayment(finance, interruptedTask));
      assertThat(probe.awaitBlocked("update act_hi_taskinst", STEP)).isEqualTo(node.name());

      node.kill();
    }

    assertThat(interruptedSubmission.handle((answer, failure) -> failure != null || answer.status() >= 500).get())
        .as("finance got no success for the interrupted completion").isTrue();
    Map<String, List<String>> tasksAfterCrash = openTasks(tranches);
    assertThat(tasksAfterCrash).containsExactly(
        Map.entry(tranches.get(0), List.of(APPROVE_PAYMENT_ORDER)),
        Map.entry(tranches.get(1), List.of(APPROVE_PAYMENT_ORDER)),
        Map.entry(tranches.get(2), List.of(SUBMIT_REPORT)),
        Map.entry(tranches.get(3), List.of(SUBMIT_REPORT)),
        // the approval committed before the crash: the payment job is what remains
        Map.entry(inPayment, List.of()),
        // the completion never committed: the task is still there, once
        Map.entry(inCompletion, List.of(APPROVE_PAYMENT_ORDER)));
    assertThat(probe.ledgerEntries()).as("only the two payments that committed").isEqualTo(2);
    assertThat(probe.job(inPayment, RECORD_PAYMENT)).hasValueSatisfying(job -> {
      assertThat(job.lockOwner()).as("still locked by the dead node").isNotNull();
      assertThat(job.retries()).as("the crash is not a failure of the job").isEqualTo(3);
    });

    node.launch();

    // the dead node's lock expires and the restarted node pays the interrupted tranche, once
    awaitPaid(inPayment);
    Map<String, List<String>> tasksAfterRestart = openTasks(tranches);
    tasksAfterCrash.put(inPayment, List.of(SUBMIT_REPORT));
    assertThat(tasksAfterRestart).isEqualTo(tasksAfterCrash);

    // sessions lived in the killed process: finance logs in again and finishes the work
    WebappClient financeAgain = Tranches.loggedIn(node, FINANCE);
    for (String waiting : List.of(tranches.get(0), tranches.get(1), inCompletion)) {
      Tranches.approvePaymentOf(financeAgain, waiting);
      awaitPaid(waiting);
    }
    for (String tranche : tranches) {
      assertThat(probe.ledgerEntries(tranche)).as("ledger entries of " + tranche).isEqualTo(1);
      assertThat(probe.completions(tranche, RECORD_PAYMENT)).as("payments in the engine's history").isEqualTo(1);
      assertThat(probe.openTasks(tranche)).containsExactly(SUBMIT_REPORT);
    }
    assertThat(probe.ledgerEntries()).isEqualTo(tranches.size());
  }

  private static void awaitPaid(String tranche) {
    Awaiting.until("tranche " + tranche + " paid", JOB_LOCK_TIME.plus(STEP),
        () -> probe.completions(tranche, RECORD_PAYMENT) == 1);
    assertThat(probe.ledgerEntries(tranche)).isEqualTo(1);
  }

  private static Map<String, List<String>> openTasks(List<String> tranches) {
    Map<String, List<String>> open = new LinkedHashMap<>();
    tranches.forEach(t -> open.put(t, probe.openTasks(t)));
    return open;
  }
}
