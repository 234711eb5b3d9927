package kg.socialorder.benchmark;

import kg.socialorder.competition.ApplicationIntake;
import kg.socialorder.engine.ProcedureClock;
import kg.socialorder.finalreport.FinalReportDriver;
import kg.socialorder.ocds.SocialOrderChain;
import kg.socialorder.ocds.SocialOrderChain.Stage;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * One whole social order of Kara-Kol town (the demo's real case) driven through the real processes with the
 * processes' own test drivers: residents choose, the council approves one theme, two NGOs apply,
 * three commission members score, «Аймира» wins, the contract is signed, two tranches are paid,
 * reported and accepted, the final report is evaluated, heard and published, the order is closed.
 * Every user task is completed through the engine API with valid data, every job run as it falls due.
 * The order is {@link SocialOrderChain}'s up to the final report, which here spends everything.
 */
final class WholeOrder {

  static final String MUNICIPALITY = "karakoltown";

  private final ProcessEngine engine;
  private final ApplicationIntake intake;

  WholeOrder(ProcessEngine engine, ApplicationIntake intake) {
    this.engine = engine;
    this.intake = intake;
  }

  /** Runs one order to its end and returns it. */
  ProcessInstance run() {
    SocialOrderChain chain = new SocialOrderChain(engine, intake).runUntil("Балдар бөтөн болбойт", Stage.FINAL_REPORT);
    new FinalReportDriver(engine).reportEverythingSpent(chain.finalReport(), 400_000,
        new ProcedureClock(BenchmarkBase.BISHKEK).today().toString(), 75, 5);
    return chain.order;
  }

  /** Runs one order until it waits at {@code stage} and returns it. */
  ProcessInstance runUntil(Stage stage) {
    return new SocialOrderChain(engine, intake).runUntil("Балдар бөтөн болбойт", stage).order;
  }
}
