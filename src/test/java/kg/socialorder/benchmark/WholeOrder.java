package kg.socialorder.benchmark;

import static kg.socialorder.contract.ContractDriver.lawfulGroup;
import static kg.socialorder.contract.ContractDriver.tranche;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kg.socialorder.competition.ApplicationIntake;
import kg.socialorder.competition.CompetitionDriver;
import kg.socialorder.contract.ContractDriver;
import kg.socialorder.finalreport.FinalReportDriver;
import kg.socialorder.problemselection.ProblemSelectionDriver;
import kg.socialorder.tranche.TrancheDriver;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;

/**
 * One whole social order of Kara-Kol town (DESIGN §1) driven through the real processes with the
 * processes' own test drivers: residents choose, the council approves one theme, two NGOs apply,
 * three commission members score, «Аймира» wins, the contract is signed, two tranches are paid,
 * reported and accepted, the final report is evaluated, heard and published, the order is closed.
 * Every user task is completed through the engine API with valid data, every job run as it falls due.
 */
final class WholeOrder {

  static final String MUNICIPALITY = "karakoltown";
  static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");

  private final ProcessEngine engine;
  private final ProblemSelectionDriver selection;
  private final CompetitionDriver competition;
  private final ContractDriver contract;
  private final TrancheDriver tranches;
  private final FinalReportDriver reports;

  WholeOrder(ProcessEngine engine, ApplicationIntake intake) {
    this.engine = engine;
    this.selection = new ProblemSelectionDriver(engine);
    this.competition = new CompetitionDriver(engine, intake);
    this.contract = new ContractDriver(engine);
    this.tranches = new TrancheDriver(engine);
    this.reports = new FinalReportDriver(engine);
  }

  /** Runs one order to its end and returns it. */
  ProcessInstance run() {
    return runUntil(Stage.CLOSED);
  }

  /** Where a running order may be left, for a database that holds orders at every stage. */
  enum Stage { SELECTION, COMPETITION, CONTRACT, TRANCHE, FINAL_REPORT, CLOSED }

  ProcessInstance runUntil(Stage stage) {
    ProcessInstance order = engine.getRuntimeService().startProcessInstanceByKey("social-order",
        Variables.createVariables()
            .putValue("municipality", MUNICIPALITY)
            .putValue("programmeName", "Социалдык тапшырык 2026")
            .putValue("year", 2026)
            .putValue("budgetEnvelope", 500_000.0)
            .putValue("themesPlanned", 1));
    if (stage == Stage.SELECTION) {
      return order;
    }
    ProcessInstance chosen = called(order, "problem-selection");
    selection.complete(chosen, selection.announcement(day(today().plusDays(1)), day(today().plusDays(10))));
    selection.complete(chosen, selection.problems("Балдар бөтөн болбойт", "Ичүүчү суу"));
    selection.complete(chosen, selection.choice(503, 290L, 300, 203));
    selection.complete(chosen, selection.approval(chosen, day(today()), Map.of("1", 500_000.0)));
    ProcessInstance call = called(order, "competition");
    if (stage == Stage.COMPETITION) {
      return order;
    }
    String callNumber = competition.announce(call, MUNICIPALITY, 450_000, today().plusDays(30));
    String aimira = competition.submit(callNumber, competition.application("«Аймира» КФ", "publicFund",
        "02203200610056", 420_000, "Балдар бөтөн болбойт")).registrationNumber();
    String ulukman = competition.submit(callNumber, competition.application("«Улукман дарыгер» КБ",
        "publicAssociation", "02811200910187", 400_000, "Ден соолук борбору")).registrationNumber();
    competition.closeCall(call);
    competition.score(call, List.of(Map.of(aimira, 9, ulukman, 7), Map.of(aimira, 8, ulukman, 8),
        Map.of(aimira, 10, ulukman, 6)), List.of(Set.of(), Set.of(), Set.of()));
    competition.complete(call, competition.protocol((String) competition.variable(call, "winnerApplicationId"), null));
    competition.runJobs(call);
    competition.fireTimer(call, "AppealWindowClosed");

    ProcessInstance signed = called(order, "contract");
    if (stage == Stage.CONTRACT) {
      return order;
    }
    LocalDate start = today().plusDays(1);
    contract.complete(signed, contract.draft("МСТ-" + UUID.randomUUID().toString().substring(0, 8), 400_000,
        day(start), day(start.plusDays(200)), "aimira",
        List.of(tranche(250_000, day(start.plusDays(5)), day(start.plusDays(60))),
            tranche(150_000, day(start.plusDays(70)), day(start.plusDays(150))))));
    contract.complete(signed, contract.sign());
    contract.complete(signed, contract.headSignature());
    contract.complete(signed, contract.group(lawfulGroup(MUNICIPALITY)));
    tranches.runJob(signed, "RegisterContract");
    if (stage == Stage.TRANCHE) {
      return order;
    }
    for (double amount : new double[] {250_000, 150_000}) {
      ProcessInstance tranche = engine.getRuntimeService().createProcessInstanceQuery()
          .superProcessInstanceId(signed.getId()).singleResult();
      tranches.pay(tranche, day(today()));
      tranches.complete(tranche, tranches.reportOnTrack(tranche, amount));
      tranches.complete(tranche, tranches.visit(day(today()), "good", true, TrancheDriver.LEADER));
      later(1);
    }
    ProcessInstance report = called(order, "final-report");
    if (stage == Stage.FINAL_REPORT) {
      return order;
    }
    reports.reportEverythingSpent(report, 400_000, day(today()), 75, 5);
    return order;
  }

  private ProcessInstance called(ProcessInstance order, String key) {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(order.getId())
        .processDefinitionKey(key).singleResult();
  }

  static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), BISHKEK);
  }

  private static void later(int days) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(days))));
  }

  private static String day(LocalDate date) {
    return date.toString();
  }
}
