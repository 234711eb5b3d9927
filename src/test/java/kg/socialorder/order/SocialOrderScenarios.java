package kg.socialorder.order;

import static kg.socialorder.contract.ContractDriver.lawfulGroup;
import static kg.socialorder.contract.ContractDriver.tranche;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kg.socialorder.competition.ApplicationIntake;
import kg.socialorder.competition.CompetitionDriver;
import kg.socialorder.contract.ContractDriver;
import kg.socialorder.finalreport.FinalReportDriver;
import kg.socialorder.finalreport.PublicReport;
import kg.socialorder.finalreport.PublicReportRegister;
import kg.socialorder.order.OrderRegister.Theme;
import kg.socialorder.problemselection.ProblemSelectionDriver;
import kg.socialorder.procedure.ContractForms.PlannedTranche;
import kg.socialorder.support.EngineTest;
import kg.socialorder.contract.PaymentLedger;
import kg.socialorder.tranche.TrancheDriver;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole social order, driven through its called processes with their own tests' drivers, on
 * the Karakol city case of the demo: 400 000 som for two themes, children of labour migrants and women
 * victims of domestic violence. Subclasses run them on H2 and on PostgreSQL.
 */
abstract class SocialOrderScenarios extends EngineTest {

  static final String M = "karakol";
  static final String MIGRANTS_CHILDREN = "Эмгек мигранттарынын балдары";
  static final String WOMEN_VICTIMS = "Үй-бүлөлүк зомбулуктан жабыркаган аялдар";
  static final String BALDARGA_TIREK = "«Балдарга тирек» КФ";
  static final String TAX_BALDARGA_TIREK = "01507201510234";
  static final String TAX_TRADER = "00904202010011";

  @Autowired
  ApplicationIntake intake;
  @Autowired
  OrderRegister register;
  @Autowired
  PublicReportRegister publicReports;
  @Autowired
  PaymentLedger ledger;

  ProblemSelectionDriver selection;
  CompetitionDriver competitions;
  ContractDriver contracts;
  TrancheDriver tranches;
  FinalReportDriver reports;
  String contractNumber;

  @BeforeEach
  void drivers() {
    selection = new ProblemSelectionDriver(engine);
    competitions = new CompetitionDriver(engine, intake);
    contracts = new ContractDriver(engine);
    tranches = new TrancheDriver(engine);
    reports = new FinalReportDriver(engine);
    contractNumber = "МСТ-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void twoThemesInParallelOneCompletedOneCancelled() {
    ProcessInstance order = start(400_000, 2);
    approve(order, Map.of("1", 220_000.0, "2", 180_000.0));

    // both competitions run at once, each in the order's municipality with its own theme's figures
    List<ProcessInstance> running = called(order, "competition");
    assertThat(running).hasSize(2);
    ProcessInstance migrants = running.get(0);
    ProcessInstance women = running.get(1);
    assertThat(migrants.getBusinessKey()).isEqualTo(order.getBusinessKey() + "-T1");
    assertThat(women.getBusinessKey()).isEqualTo(order.getBusinessKey() + "-T2");
    assertThat(running).extracting(ProcessInstance::getTenantId).containsOnly(M);
    assertThat(engine.getRuntimeService().getVariables(migrants.getId()))
        .containsEntry("themeNumber", 1).containsEntry("problem", MIGRANTS_CHILDREN)
        .containsEntry("themeBudget", 220_000.0);
    assertThat(engine.getRuntimeService().getVariables(women.getId()))
        .containsEntry("themeNumber", 2).containsEntry("problem", WOMEN_VICTIMS)
        .containsEntry("themeBudget", 180_000.0);
    assertThat(migrants).isWaitingAt("PrepareCall");
    assertThat(women).isWaitingAt("PrepareCall");
    // the theme's figures live in its branch, never on the order itself, where the other branch would see them
    assertThat(engine.getRuntimeService().getVariablesLocal(order.getId()))
        .doesNotContainKeys("themeKey", "themeNumber", "problem", "themeBudget", "competitionOutcome");

    String migrantsCall = competitions.announce(migrants, M, 220_000, TODAY.plusDays(30));
    String womenCall = competitions.announce(women, M, 180_000, TODAY.plusDays(30));
    competitions.submit(migrantsCall, competitions.application(BALDARGA_TIREK, "publicFund", TAX_BALDARGA_TIREK,
        220_000, "Мигранттардын балдарына колдоо"));
    competitions.submit(womenCall, competitions.application("«Соода» ЖЧК", "commercialCompany", TAX_TRADER,
        150_000, "Кеңеш берүү"));
    competitions.closeCall(women);
    competitions.closeCall(migrants);

    // theme 2: the only application is not eligible; the coordinator cancels, the branch ends with the reason
    assertThat(women).isWaitingAt("DecideFailedCompetition");
    competitions.complete(women, Variables.createVariables().putValue("failedDecision", "cancel")
        .putValue("cancellationReason", "Шаарда мындай кызмат көрсөтө турган уюм жок"));
    assertThat(women).isEnded();
    assertThat(theme(order, 2).status()).isEqualTo(ThemeStatus.CANCELLED);
    assertThat(order).isActive();

    // theme 1: awarded, contracted with two tranches, both paid and accepted
    award(migrants);
    ProcessInstance contract = single(order, "contract");
    assertThat(contract.getBusinessKey()).isEqualTo(order.getBusinessKey() + "-T1");
    signAndRegister(contract, 220_000, List.of(
        tranche(110_000, day(today().plusDays(3)), day(today().plusDays(60))),
        tranche(110_000, day(today().plusDays(90)), day(today().plusDays(150)))));
    for (int n = 1; n <= 2; n++) {
      ProcessInstance tranche = single(contract, "tranche");
      assertThat(engine.getRuntimeService().getVariable(tranche.getId(), "trancheNumber")).isEqualTo(n);
      tranches.pay(tranche, day(today()));
      tranches.complete(tranche, tranches.reportOnTrack(tranche, 110_000));
      tranches.complete(tranche, tranches.visit(day(today()), "good", true, "Асан Токтосунов"));
      assertThat(tranche).isEnded().hasPassed("TrancheAccepted");
    }
    assertThat(contract).isEnded().hasPassed("ContractCompleted");

    ProcessInstance report = single(order, "final-report");
    assertThat(report.getBusinessKey()).isEqualTo(order.getBusinessKey() + "-T1");
    assertThat(engine.getRuntimeService().getVariables(report.getId()))
        .containsEntry("contractOutcome", "completed").containsEntry("contractNumber", contractNumber)
        .containsEntry("organisationName", BALDARGA_TIREK).containsEntry("totalPaid", 220_000.0);
    reports.reportEverythingSpent(report, 220_000, day(today()), 75, 5);

    assertThat(order).isEnded().hasPassed("SocialOrderEnded");
    assertThat(register.order(order.getBusinessKey()).orElseThrow().status()).isEqualTo(OrderStatus.CLOSED);
    assertThat(register.themes(order.getBusinessKey()))
        .extracting(Theme::themeKey, Theme::status, Theme::reason)
        .containsExactly(
            tuple(order.getBusinessKey() + "-T1", ThemeStatus.COMPLETED, null),
            tuple(order.getBusinessKey() + "-T2", ThemeStatus.CANCELLED,
                "Шаарда мындай кызмат көрсөтө турган уюм жок"));
    PublicReport published = publicReports.find(order.getBusinessKey() + "-T1").orElseThrow().report();
    assertThat(published.contractOutcome()).isEqualTo("completed");
    assertThat(published.organisationName()).isEqualTo(BALDARGA_TIREK);
    // the report tells the theme's whole story: the residents' choice, the competition, each tranche
    assertThat(published.selection().problem()).isNotBlank();
    assertThat(published.selection().participantsTotal()).isPositive();
    assertThat(published.competition().winner()).isEqualTo(BALDARGA_TIREK);
    assertThat(published.competition().applications()).isPositive();
    assertThat(published.tranches()).extracting(PublicReport.Tranche::number).containsExactly(1, 2);
    assertThat(published.tranches()).allSatisfy(t -> assertThat(t.acceptedOn()).isNotNull());
    assertThat(publicReports.find(order.getBusinessKey() + "-T2")).isEmpty();
    assertThat(ledger.totals(M, contractNumber).tranches()).isEqualTo(2);
    assertThat(ledger.totals(M, contractNumber).amount()).isEqualByComparingTo("220000");
  }

  @Test
  void aTerminatedContractReachesTheFinalReport() {
    ProcessInstance order = start(250_000, 1);
    approve(order, Map.of("1", 220_000.0));
    ProcessInstance competition = single(order, "competition");
    String call = competitions.announce(competition, M, 220_000, TODAY.plusDays(30));
    competitions.submit(call, competitions.application(BALDARGA_TIREK, "publicFund", TAX_BALDARGA_TIREK, 220_000,
        "Мигранттардын балдарына колдоо"));
    competitions.closeCall(competition);
    award(competition);
    ProcessInstance contract = single(order, "contract");
    signAndRegister(contract, 220_000, List.of(
        tranche(110_000, day(today().plusDays(3)), day(today().plusDays(60))),
        tranche(110_000, day(today().plusDays(90)), day(today().plusDays(150)))));

    // tranche 1: the monitoring group finds it poor, the contract is suspended and the head ends it
    ProcessInstance first = single(contract, "tranche");
    tranches.pay(first, day(today()));
    tranches.complete(first, tranches.reportOnTrack(first, 110_000));
    tranches.complete(first, tranches.visit(day(today()), "poor", false, "Асан Токтосунов"));
    assertThat(first).isWaitingAt("DecideOnSuspension");
    tranches.complete(first, tranches.headDecision("terminate", null, "Балдар борбору ачылган жок"));

    assertThat(contract).isEnded().hasPassed("ContractTerminated");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .superProcessInstanceId(contract.getId()).count()).isEqualTo(1);
    assertThat(ledger.entries(M, contractNumber, 2)).isZero();

    ProcessInstance report = single(order, "final-report");
    assertThat(engine.getRuntimeService().getVariables(report.getId()))
        .containsEntry("contractOutcome", "terminated")
        .containsEntry("terminationReason", "Балдар борбору ачылган жок")
        .containsEntry("totalPaid", 110_000.0)
        .doesNotContainKey("contractAmount");
    reports.reportEverythingSpent(report, 110_000, day(today()), 20, 2);

    // the amount comes from the contract register, not from a copy the report carries
    PublicReport published = publicReports.find(order.getBusinessKey() + "-T1").orElseThrow().report();
    assertThat(published.contractAmount()).isEqualByComparingTo("220000");
    assertThat(published.totalPaid()).isEqualByComparingTo("110000");
    assertThat(published.contractOutcome()).isEqualTo("terminated");
    assertThat(published.terminationReason()).isEqualTo("Балдар борбору ачылган жок");
    assertThat(order).isEnded();
    assertThat(theme(order, 1).status()).isEqualTo(ThemeStatus.TERMINATED);
    assertThat(theme(order, 1).reason()).isEqualTo("Балдар борбору ачылган жок");
    assertThat(register.order(order.getBusinessKey()).orElseThrow().status()).isEqualTo(OrderStatus.CLOSED);
  }

  @Test
  void theRegisterFollowsTheOrder() {
    ProcessInstance order = start(400_000, 2);
    assertThat(register.order(order.getBusinessKey()).orElseThrow())
        .satisfies(registered -> {
          assertThat(registered.status()).isEqualTo(OrderStatus.SELECTION);
          assertThat(registered.municipality()).isEqualTo(M);
          assertThat(registered.year()).isEqualTo(2026);
          assertThat(registered.budgetEnvelope()).isEqualByComparingTo("400000");
        });
    assertThat(register.themes(order.getBusinessKey())).isEmpty();

    approve(order, Map.of("1", 220_000.0, "2", 180_000.0));
    assertThat(register.order(order.getBusinessKey()).orElseThrow().status()).isEqualTo(OrderStatus.IMPLEMENTATION);
    assertThat(register.themes(order.getBusinessKey()))
        .extracting(Theme::number, Theme::problem, Theme::status)
        .containsExactly(
            tuple(1, MIGRANTS_CHILDREN, ThemeStatus.COMPETITION),
            tuple(2, WOMEN_VICTIMS, ThemeStatus.COMPETITION));
    assertThat(register.themes(order.getBusinessKey())).extracting(Theme::budget)
        .usingElementComparator(Comparator.naturalOrder())
        .containsExactly(new BigDecimal("220000.00"), new BigDecimal("180000.00"));

    ProcessInstance migrants = called(order, "competition").get(0);
    String call = competitions.announce(migrants, M, 220_000, TODAY.plusDays(30));
    competitions.submit(call, competitions.application(BALDARGA_TIREK, "publicFund", TAX_BALDARGA_TIREK, 220_000,
        "Мигранттардын балдарына колдоо"));
    competitions.closeCall(migrants);
    award(migrants);

    assertThat(theme(order, 1).status()).isEqualTo(ThemeStatus.CONTRACT);
    assertThat(theme(order, 2).status()).isEqualTo(ThemeStatus.COMPETITION);
    assertThat(register.order(order.getBusinessKey()).orElseThrow().status()).isEqualTo(OrderStatus.IMPLEMENTATION);
  }

  @Test
  void theCoordinatorWhoStartsItStaysResponsible() {
    VariableMap form = Variables.createVariables()
        .putValue("programmeName", "Каракол шаарынын социалдык тапшырыгы 2026")
        .putValue("year", 2026)
        .putValue("budgetEnvelope", 400_000)
        .putValue("themesPlanned", 1);
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("social-order").latestVersion().singleResult().getId();
    ProcessInstance order;
    engine.getIdentityService().setAuthentication(M + ".coordinator", List.of("coordinator"), List.of(M));
    try {
      order = engine.getFormService().submitStartForm(definition, form);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }

    assertThat(order.getTenantId()).isEqualTo(M);
    assertThat(order.getBusinessKey()).matches("KARAKOL-2026-\\d+");
    assertThat(engine.getRuntimeService().getVariable(order.getId(), "responsibleCoordinator"))
        .isEqualTo(M + ".coordinator");
    assertThat(engine.getRuntimeService().getVariable(order.getId(), "municipality")).isEqualTo(M);
    ProcessInstance problems = single(order, "problem-selection");
    assertThat(problems.getTenantId()).isEqualTo(M);
    assertThat(problems.getBusinessKey()).isEqualTo(order.getBusinessKey());
    assertThat(problems).isWaitingAt("AnnounceSelection");
    Task announce = selection.task(problems);
    assertThat(announce).isAssignedTo(M + ".coordinator");
    // still offered to the coordinators, so a colleague can take over
    assertThat(engine.getTaskService().getIdentityLinksForTask(announce.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("coordinator"));

    selection.complete(problems, selection.announcement(day(TODAY.plusDays(1)), day(TODAY.plusDays(10))));
    selection.complete(problems, selection.problems(MIGRANTS_CHILDREN, WOMEN_VICTIMS, "Спорт аянтчасы"));
    selection.complete(problems, selection.choice(412, null, 160, 150, 102));
    VariableMap approval = selection.approval(problems, day(TODAY), Map.of("1", 220_000.0));
    Task approveThemes = selection.task(problems);
    assertThat(approveThemes.getTaskDefinitionKey()).isEqualTo("ApproveThemes");
    engine.getIdentityService().setAuthentication(M + ".deputy1", List.of("council"), List.of(M));
    try {
      engine.getTaskService().complete(approveThemes.getId(), approval);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }

    ProcessInstance competition = single(order, "competition");
    assertThat(competition).isWaitingAt("PrepareCall");
    assertThat(competitions.task(competition)).isAssignedTo(M + ".coordinator");
    assertThat(engine.getRuntimeService().getVariable(competition.getId(), "responsibleCoordinator"))
        .isEqualTo(M + ".coordinator");
  }

  /** A social order of Karakol for 2026, started as the system starts it (demo data, other services). */
  private ProcessInstance start(double envelope, int themesPlanned) {
    ProcessInstance order = engine.getRuntimeService().startProcessInstanceByKey("social-order",
        Variables.createVariables()
            .putValue("municipality", M)
            .putValue("programmeName", "Каракол шаарынын социалдык тапшырыгы 2026")
            .putValue("year", 2026)
            .putValue("budgetEnvelope", envelope)
            .putValue("themesPlanned", themesPlanned));
    assertThat(order).isWaitingAt("SelectPriorityProblems");
    assertThat(order.getTenantId()).isEqualTo(M);
    return order;
  }

  /** Residents choose among three problems; the council approves the given ones with their budgets. */
  private void approve(ProcessInstance order, Map<String, Double> budgets) {
    ProcessInstance problems = single(order, "problem-selection");
    assertThat(problems.getBusinessKey()).isEqualTo(order.getBusinessKey());
    selection.complete(problems, selection.announcement(day(TODAY.plusDays(1)), day(TODAY.plusDays(10))));
    selection.complete(problems, selection.problems(MIGRANTS_CHILDREN, WOMEN_VICTIMS, "Спорт аянтчасы"));
    selection.complete(problems, selection.choice(412, null, 160, 150, 102));
    selection.complete(problems, selection.approval(problems, day(TODAY), budgets));
    assertThat(problems).isEnded();
    assertThat(order).isWaitingAt("ImplementThemes");
  }

  /** The call is closed with one eligible application: the commission scores it, it wins, no appeal. */
  private void award(ProcessInstance competition) {
    String registration = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(competition.getId()).variableName("callNumber").singleResult().getValue() + "-001";
    competitions.score(competition, List.of(Map.of(registration, 9), Map.of(registration, 8),
        Map.of(registration, 9)), List.of(Set.of(), Set.of(), Set.of()));
    assertThat(competition).isWaitingAt("RecordProtocol");
    competitions.complete(competition, competitions.protocol(
        (String) competitions.variable(competition, "winnerApplicationId"), null));
    competitions.runJobs(competition);
    competitions.fireTimer(competition, "AppealWindowClosed");
    assertThat(competition).isEnded().hasPassed("RecordAward");
  }

  /** Drafted for the winner's whole amount, signed by both sides, the group formed, registered. */
  private void signAndRegister(ProcessInstance contract, double amount, List<PlannedTranche> plan) {
    assertThat(contract).isWaitingAt("DraftContract");
    contracts.complete(contract, contracts.draft(contractNumber, amount, day(today()), day(today().plusDays(200)),
        "baldargatirek", plan));
    contracts.complete(contract, contracts.sign());
    contracts.complete(contract, contracts.headSignature());
    contracts.complete(contract, contracts.group(lawfulGroup(M)));
    tranches.runJob(contract, "RegisterContract");
    assertThat(contract).isWaitingAt("PayTranches");
  }

  /** The running instances of {@code key} called by {@code parent}, in the order of their business keys. */
  private List<ProcessInstance> called(ProcessInstance parent, String key) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key)
        .superProcessInstanceId(parent.getId()).list().stream()
        .sorted(Comparator.comparing(ProcessInstance::getBusinessKey)).toList();
  }

  private ProcessInstance single(ProcessInstance parent, String key) {
    List<ProcessInstance> running = called(parent, key);
    assertThat(running).as("running %s instances called by %s", key, parent.getBusinessKey()).hasSize(1);
    return running.get(0);
  }

  private Theme theme(ProcessInstance order, int number) {
    return register.themes(order.getBusinessKey()).stream().filter(t -> t.number() == number).findFirst()
        .orElseThrow();
  }

  private LocalDate today() {
    return clock.today();
  }
}
