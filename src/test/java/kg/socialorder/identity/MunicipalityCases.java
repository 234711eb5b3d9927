package kg.socialorder.identity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kg.socialorder.competition.ApplicationIntake;
import kg.socialorder.competition.CompetitionDriver;
import kg.socialorder.contract.ContractDriver;
import kg.socialorder.engine.ProcedureClock;
import kg.socialorder.problemselection.ProblemSelectionDriver;
import kg.socialorder.support.EngineTest;
import kg.socialorder.tranche.TrancheDriver;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * One municipality's work in progress, with a task waiting for every role, so that there is
 * something to leak: a selection waiting for its coordinator and one for the council, a call for
 * the head, a competition with two NGOs' applications being scored by the commission, a contract
 * waiting for the winning NGO, a tranche waiting for finance and one for the monitoring group.
 * Built with the process drivers, as the forms would fill the variables.
 */
record MunicipalityCases(String municipality, String contractor, String otherApplicant, String marker,
    ProcessInstance selection, ProcessInstance themesApproval, ProcessInstance callApproval,
    ProcessInstance scoring, ProcessInstance contract, ProcessInstance paymentContract, ProcessInstance payment,
    ProcessInstance visitContract, ProcessInstance visit) {

  /**
   * The work of {@code municipality}, the contract won by the NGO user {@code contractor}; the
   * competition also holds an application of {@code otherApplicant}'s organisation. Every free text
   * carries {@code marker}, so a leak of any variable shows in a response.
   */
  static MunicipalityCases build(ProcessEngine engine, ApplicationIntake intake, String municipality,
      String contractor, String contractorName, String otherApplicant, String otherApplicantName, LocalDate today) {
    String marker = "LEAK-" + municipality + "-" + UUID.randomUUID().toString().substring(0, 6);
    String day = today.toString();

    ContractDriver contracts = new ContractDriver(engine);
    ProcessInstance contract = contracts.start(municipality, 600_000, contractorName + " " + marker, 600_000);
    contracts.complete(contract, contracts.draft(number(marker, "A"), 600_000, "2026-03-10", "2026-12-31",
        contractor, ContractDriver.monthlyTranches(600_000, 2)));

    ProcessInstance paymentContract = signedContract(engine, contracts, municipality, contractor, contractorName,
        number(marker, "B"), marker);
    ProcessInstance payment = trancheOf(engine, paymentContract);

    ProcessInstance visitContract = signedContract(engine, contracts, municipality, contractor, contractorName,
        number(marker, "C"), marker);
    ProcessInstance visit = trancheOf(engine, visitContract);
    TrancheDriver tranches = new TrancheDriver(engine);
    tranches.pay(visit, day);
    tranches.complete(visit, tranches.reportOnTrack(visit, 300_000));

    ProblemSelectionDriver selections = new ProblemSelectionDriver(engine);
    ProcessInstance selection = selections.start(municipality, 400_000, 1);
    ProcessInstance themesApproval = selections.start(municipality, 400_000, 1);
    selections.complete(themesApproval, selections.announcement(day, today.plusDays(7).toString()));
    selections.complete(themesApproval, selections.problems("Балдар " + marker, "Аялдар " + marker));
    selections.complete(themesApproval, selections.choice(300, 150L, 200, 100));

    CompetitionDriver competitions = new CompetitionDriver(engine, intake);
    ProcessInstance callApproval = competitions.start(municipality, 300_000);
    competitions.complete(callApproval, competitions.call(callApproval, municipality, 300_000, today.plusDays(30)));

    ProcessInstance scoring = competitions.start(municipality, 500_000);
    String call = competitions.announce(scoring, municipality, 500_000, today.plusDays(30));
    competitions.submit(call, competitions.application(contractorName + " " + marker, "publicFund",
        "01507201510234", 450_000, "Долбоор " + marker));
    competitions.submit(call, competitions.application(otherApplicantName + " " + marker, "publicAssociation",
        "02811200910187", 480_000, "Башка долбоор " + marker));
    competitions.closeCall(scoring);
    competitions.runJobs(scoring);
    // the deadline moved the clock; the rest of the work happens today
    new ProcedureClock(EngineTest.BISHKEK).moveTo(today.atTime(10, 0).atZone(EngineTest.BISHKEK).toInstant());

    return new MunicipalityCases(municipality, contractor, otherApplicant, marker, selection, themesApproval,
        callApproval, scoring, contract, paymentContract, payment, visitContract, visit);
  }

  private static String number(String marker, String suffix) {
    return marker.substring(marker.length() - 6) + "-" + suffix;
  }

  private static ProcessInstance signedContract(ProcessEngine engine, ContractDriver contracts, String municipality,
      String contractor, String contractorName, String number, String marker) {
    ProcessInstance contract = contracts.start(municipality, 600_000, contractorName + " " + marker, 600_000);
    contracts.complete(contract, contracts.draft(number, 600_000, "2026-03-10", "2026-12-31", contractor,
        ContractDriver.monthlyTranches(600_000, 2)));
    contracts.complete(contract, contracts.sign());
    contracts.complete(contract, contracts.headSignature());
    contracts.complete(contract, contracts.group(ContractDriver.lawfulGroup(municipality)));
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(contract.getId()).activityId("RegisterContract").singleResult().getId());
    return contract;
  }

  private static ProcessInstance trancheOf(ProcessEngine engine, ProcessInstance contract) {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(contract.getId())
        .singleResult();
  }

  /** Every instance of this municipality's work, the called tranches included. */
  List<ProcessInstance> instances() {
    return List.of(selection, themesApproval, callApproval, scoring, contract, paymentContract, payment,
        visitContract, visit);
  }

  /** The open tasks of this municipality's work, with the process each belongs to. */
  List<Task> tasks(ProcessEngine engine) {
    List<Task> tasks = new ArrayList<>();
    for (ProcessInstance instance : instances()) {
      tasks.addAll(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list());
    }
    return tasks;
  }

  Map<String, ProcessInstance> byName() {
    return Map.of("selection", selection, "themesApproval", themesApproval, "callApproval", callApproval,
        "scoring", scoring, "contract", contract, "payment", payment, "visit", visit);
  }
}
