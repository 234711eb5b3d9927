package kg.socialorder.ocds;

import static kg.socialorder.contract.ContractDriver.lawfulGroup;
import static kg.socialorder.contract.ContractDriver.tranche;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kg.socialorder.competition.ApplicationIntake;
import kg.socialorder.competition.CompetitionDriver;
import kg.socialorder.contract.ContractDriver;
import kg.socialorder.engine.ProcedureClock;
import kg.socialorder.problemselection.ProblemSelectionDriver;
import kg.socialorder.procedure.FinalReportForms;
import kg.socialorder.procedure.FinalReportForms.Question;
import kg.socialorder.procedure.OrderForms;
import kg.socialorder.procedure.ProcedureMoves;
import kg.socialorder.tranche.TrancheDriver;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * One whole social order of Kara-Kol town driven through the real processes with the existing test
 * drivers, as its people would: residents choose the problem, the council approves one theme, the
 * competition awards it to «Аймира», the contract is signed and paid in two tranches that the
 * monitoring group accepts, some money is refunded, a public hearing is held and the report published.
 */
public class SocialOrderChain {

  static final String M = "karakoltown";
  static final String TAX_AIMIRA = "02203200610056";
  static final String TAX_ULUKMAN = "02811200910187";
  static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");
  static final ProcedureClock CLOCK = new ProcedureClock(BISHKEK);

  private final ProcessEngine engine;
  private final ProblemSelectionDriver selection;
  private final CompetitionDriver competition;
  private final ContractDriver contract;
  private final TrancheDriver tranches;
  private final ProcedureMoves moves;

  /** What the chain produced, for the assertions. */
  public String themeKey;
  public String callNumber;
  public String contractNumber;
  public ProcessInstance order;

  public SocialOrderChain(ProcessEngine engine, ApplicationIntake intake) {
    this.engine = engine;
    this.selection = new ProblemSelectionDriver(engine);
    this.competition = new CompetitionDriver(engine, intake);
    this.contract = new ContractDriver(engine);
    this.tranches = new TrancheDriver(engine);
    this.moves = new ProcedureMoves(engine, CLOCK);
  }

  /** Where a running order may be left, for a database that holds orders at every stage. */
  public enum Stage { SELECTION, COMPETITION, CONTRACT, TRANCHE, FINAL_REPORT }

  /** Runs the whole order with {@code problem} as the priority problem (and so the tender's title). */
  public SocialOrderChain run(String problem) {
    runUntilPublication(problem);
    publishReport();
    complete(finalReport(), FinalReportForms.closing(null));
    return this;
  }

  /** Runs the order up to its public report's publishing job: every step before it is done. */
  public SocialOrderChain runUntilPublication(String problem) {
    runUntil(problem, Stage.FINAL_REPORT);
    ProcessInstance report = finalReport();
    complete(report, FinalReportForms.finalReport("Борбор ачылды, 128 бала кызмат алды",
        moves.rows(moves.task(report), "indicatorResults"), List.of(75, 5), BigDecimal.valueOf(390_000)));
    complete(report, FinalReportForms.evaluation("good", "Максаттар аткарылды", "Улантуу"));
    complete(report, FinalReportForms.refund(BigDecimal.valueOf(10_000), today(), "ПП-114"));
    complete(report, FinalReportForms.hearing("peoplesAssembly", today(), "Шаардык маданият үйү", 140,
        "Тургундар жыйынтыкты угушту", List.of(new Question("Борбор улантылабы?", "Ооба"))));
    return this;
  }

  /** Runs the job that publishes the public report. */
  public void publishReport() {
    moves.runJob(finalReport().getId(), "PublishPublicReport");
  }

  /**
   * Drives the order with {@code problem} as the priority problem until it waits at {@code stage}; at
   * {@link Stage#FINAL_REPORT} the contractor's final report is due.
   */
  public SocialOrderChain runUntil(String problem, Stage stage) {
    order = engine.getRuntimeService().startProcessInstanceByKey("social-order",
        OrderForms.start("Социалдык тапшырык 2026", 2026, BigDecimal.valueOf(500_000), 1).putValue("municipality", M));
    if (stage == Stage.SELECTION) {
      return this;
    }

    ProcessInstance chosen = called("problem-selection");
    selection.complete(chosen, selection.announcement(day(today().plusDays(1)), day(today().plusDays(10))));
    selection.complete(chosen, selection.problems(problem, "Ичүүчү суу"));
    selection.complete(chosen, selection.choice(503, 290L, 300, 203));
    selection.complete(chosen, selection.approval(chosen, day(today()), Map.of("1", 500_000.0)));

    ProcessInstance call = called("competition");
    themeKey = call.getBusinessKey();
    if (stage == Stage.COMPETITION) {
      return this;
    }
    callNumber = competition.announce(call, M, 450_000, today().plusDays(30));
    String aimira = competition.submit(callNumber, competition.application("«Аймира» КФ", "publicFund", TAX_AIMIRA,
        420_000, "Балдар бөтөн болбойт")).registrationNumber();
    String ulukman = competition.submit(callNumber, competition.application("«Улукман дарыгер» КБ",
        "publicAssociation", TAX_ULUKMAN, 400_000, "Ден соолук борбору")).registrationNumber();
    competition.closeCall(call);
    competition.score(call, List.of(Map.of(aimira, 9, ulukman, 7), Map.of(aimira, 8, ulukman, 8),
        Map.of(aimira, 10, ulukman, 6)), List.of(Set.of(), Set.of(), Set.of()));
    competition.complete(call, competition.protocol((String) competition.variable(call, "winnerApplicationId"), null));
    competition.runJobs(call);
    competition.fireTimer(call, "AppealWindowClosed");

    ProcessInstance signed = called("contract");
    if (stage == Stage.CONTRACT) {
      return this;
    }
    contractNumber = "МСТ-" + UUID.randomUUID().toString().substring(0, 8);
    LocalDate start = today().plusDays(1);
    contract.complete(signed, contract.draft(contractNumber, 400_000, day(start), day(start.plusDays(200)), "aimira",
        List.of(tranche(250_000, day(start.plusDays(5)), day(start.plusDays(60))),
            tranche(150_000, day(start.plusDays(70)), day(start.plusDays(150))))));
    contract.complete(signed, contract.sign());
    contract.complete(signed, contract.headSignature());
    contract.complete(signed, contract.group(lawfulGroup(M)));
    moves.runJob(signed.getId(), "RegisterContract");
    if (stage == Stage.TRANCHE) {
      return this;
    }

    for (double amount : new double[] {250_000, 150_000}) {
      ProcessInstance tranche = engine.getRuntimeService().createProcessInstanceQuery()
          .superProcessInstanceId(signed.getId()).singleResult();
      tranches.pay(tranche, day(today()));
      tranches.complete(tranche, tranches.reportOnTrack(tranche, amount));
      tranches.complete(tranche, tranches.visit(day(today()), "good", true, TrancheDriver.LEADER));
      later(1);
    }
    return this;
  }

  /** The order's final report, once its contract has ended. */
  public ProcessInstance finalReport() {
    return called("final-report");
  }

  /** The one running instance of {@code key} called by the order. */
  private ProcessInstance called(String key) {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(order.getId())
        .processDefinitionKey(key).singleResult();
  }

  private void complete(ProcessInstance instance, Map<String, Object> variables) {
    engine.getTaskService().complete(moves.task(instance).getId(), variables);
  }

  static LocalDate today() {
    return CLOCK.today();
  }

  static void later(int days) {
    CLOCK.moveBy(Duration.ofDays(days));
  }

  private static String day(LocalDate date) {
    return date.toString();
  }
}
