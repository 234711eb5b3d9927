package kg.socialorder.contract;

import static kg.socialorder.contract.ContractDriver.lawfulGroup;
import static kg.socialorder.contract.ContractDriver.member;
import static kg.socialorder.contract.ContractDriver.monthlyTranches;
import static kg.socialorder.contract.ContractDriver.tranche;
import static kg.socialorder.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.support.EngineTest;
import kg.socialorder.contract.PaymentLedger;
import kg.socialorder.tranche.TrancheDriver;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path through contract, with the real cases of the demo (README "The real cases"), and its chain of tranches.
 * Subclasses run them on H2 and on PostgreSQL.
 */
abstract class ContractScenarios extends EngineTest {

  static final String START = "2026-03-10";
  static final String END = "2026-12-31";

  @Autowired
  PaymentLedger ledger;
  @Autowired
  JdbcTemplate jdbc;

  ContractDriver driver;
  TrancheDriver tranches;
  String number;

  @BeforeEach
  void drivers() {
    driver = new ContractDriver(engine);
    tranches = new TrancheDriver(engine);
    number = "№" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void kanyshKyyaSignsFirstTimeAndTheFirstTrancheAwaitsPayment() {
    ProcessInstance contract = driver.start("kanyshkyya", 600_000, "«ТОС Курулуш» КБ", 600_000);
    assertThat(contract).isWaitingAt("DraftContract");
    assertThat(task()).hasCandidateGroup("coordinator");
    assertThat(contract.getTenantId()).isEqualTo("kanyshkyya");
    assertThat(contract.getBusinessKey()).startsWith("KANYSHKYYA-2026-");
    assertThat(options(contract, "contractorOptions")).containsExactly("toskurulush");

    driver.complete(contract, driver.draft(number, 600_000, START, END, "toskurulush", List.of(
        tranche(350_000, "2026-03-15", "2026-06-30"), tranche(250_000, "2026-07-10", "2026-11-30"))));
    assertThat(contract).isWaitingAt("ReviewContract");
    assertThat(task()).isAssignedTo("toskurulush");
    assertThat(task().getDueDate()).isEqualTo(inDays(10));

    driver.complete(contract, driver.sign());
    assertThat(contract).isWaitingAt("SignContract");
    // the contractor's tasks see no list of the other NGOs' logins
    assertThat(engine.getRuntimeService().getVariables(contract.getId()))
        .doesNotContainKeys("contractorOptions", "monitoringUserOptions");
    assertThat(task()).hasCandidateGroup("head");
    assertThat(task().getDueDate()).isEqualTo(inDays(5));

    driver.complete(contract, driver.headSignature());
    assertThat(contract).isWaitingAt("FormMonitoringGroup");
    assertThat(options(contract, "monitoringUserOptions"))
        .containsExactly("kanyshkyya.monitor1", "kanyshkyya.monitor2", "kanyshkyya.monitor3");
    assertThat(task()).hasCandidateGroup("coordinator");

    driver.complete(contract, driver.group(lawfulGroup("kanyshkyya")));
    assertThat(contract).isWaitingAt("RegisterContract");
    assertThat(engine.getRuntimeService().getVariable(contract.getId(), "monitoringUserIds"))
        .isEqualTo("kanyshkyya.monitor1,kanyshkyya.monitor2");
    assertThat(engine.getRuntimeService().getVariable(contract.getId(), "signedOn")).isEqualTo(day(TODAY));
    assertThat(registered(number)).isZero();
    tranches.runJob(contract, "RegisterContract");

    assertThat(registered(number)).isEqualTo(1);
    assertThat(published(number)).isEqualTo(1);
    assertThat(contract).isWaitingAt("PayTranches");
    ProcessInstance first = activeTranche(contract);
    assertThat(first.getBusinessKey()).isEqualTo(contract.getBusinessKey());
    assertThat(first.getTenantId()).isEqualTo("kanyshkyya");
    assertThat(first).isWaitingAt("ApprovePaymentOrder");
    assertThat(engine.getRuntimeService().getVariables(first.getId()))
        .containsEntry("trancheNumber", 1).containsEntry("trancheCount", 2)
        .containsEntry("trancheAmount", 350_000.0).containsEntry("contractorUserId", "toskurulush");
  }

  @Test
  void registeringAgainRegistersAndPublishesOnce() {
    ProcessInstance contract = signedAndRegistered("omuraliev", "aikol", 2);

    // as an operator would in Cockpit: run the registration step once more
    engine.getRuntimeService().createProcessInstanceModification(contract.getId())
        .startBeforeActivity("RegisterContract").execute();
    tranches.runJob(contract, "RegisterContract");

    assertThat(registered(number)).isEqualTo(1);
    assertThat(published(number)).isEqualTo(1);
  }

  @Test
  void aNumberRegisteredInTheMunicipalityIsNotGivenTwice() {
    signedAndRegistered("omuraliev", "aikol", 2);
    ProcessInstance another = driver.start("omuraliev", 300_000, "«Айкөл» КБ", 300_000);

    assertRefused(() -> driver.complete(another, driver.draft(number, 300_000, START, END, "aikol",
            monthlyTranches(300_000, 2))),
        List.of("contractNumber"), "мурунтан эле катталган", "уже зарегистрирован");
    // another municipality may use the same number
    ProcessInstance elsewhere = driver.start("katran", 300_000, "«Инсан-Лейлек» КФ", 300_000);
    driver.complete(elsewhere, driver.draft(number, 300_000, START, END, "insanleilek", monthlyTranches(300_000, 2)));
    assertThat(elsewhere).isWaitingAt("ReviewContract");
  }

  @Test
  void omuralievRequestsChangesThenSigns() {
    ProcessInstance contract = driver.start("omuraliev", 300_000, "«Айкөл» КБ", 280_000);
    driver.complete(contract, driver.draft(number, 280_000, START, END, "aikol", monthlyTranches(280_000, 2)));

    driver.complete(contract, driver.requestChanges("Биринчи транш комуз сатып алууга жетпейт"));

    assertThat(contract).isWaitingAt("DraftContract");
    assertThat(engine.getRuntimeService().getVariable(contract.getId(), "changeRequest"))
        .isEqualTo("Биринчи транш комуз сатып алууга жетпейт");
    driver.complete(contract, driver.draft(number, 280_000, START, END, "aikol", List.of(
        tranche(180_000, "2026-04-01", "2026-07-31"), tranche(100_000, "2026-08-10", "2026-12-15"))));
    assertThat(contract).isWaitingAt("ReviewContract");
    driver.complete(contract, driver.sign());
    driver.complete(contract, driver.headSignature());
    driver.complete(contract, driver.group(lawfulGroup("omuraliev")));

    assertThat(contract).hasPassed("SignContract", "FormMonitoringGroup").isWaitingAt("RegisterContract");
    assertThat(passes(contract, "DraftContract")).isEqualTo(2);
    assertThat(passes(contract, "ReviewContract")).isEqualTo(2);
    assertThat(engine.getRuntimeService().getVariable(contract.getId(), "changeRequest")).isNull();
    assertThat(engine.getRuntimeService().getVariable(contract.getId(), "contractorSignedOn")).isEqualTo(day(TODAY));
  }

  @Test
  void karaKolsThreeTranchesArePaidOneAfterAnotherAndTheContractCompletes() {
    ProcessInstance contract = signedAndRegistered("karakoltown", "aimira", 3);

    for (int n = 1; n <= 3; n++) {
      // the next tranche starts only once the previous one is accepted: one at a time, in order
      assertThat(engine.getRuntimeService().createProcessInstanceQuery()
          .superProcessInstanceId(contract.getId()).count()).isEqualTo(1);
      ProcessInstance tranche = activeTranche(contract);
      assertThat(engine.getRuntimeService().getVariable(tranche.getId(), "trancheNumber")).isEqualTo(n);
      accept(tranche);
      assertThat(ledger.entries("karakoltown", number, n)).isEqualTo(1);
      later(1);
    }

    assertThat(contract).isEnded().hasPassed("CloseContract", "ContractCompleted");
    assertThat(outputs(contract))
        .containsEntry("contractOutcome", "completed")
        .containsEntry("totalPaid", 300_000.0)
        .containsEntry("tranchesPaid", 3)
        .containsEntry("tranchesAccepted", 3)
        .containsEntry("terminationReason", null);
    List<HistoricProcessInstance> chain = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .superProcessInstanceId(contract.getId()).orderByProcessInstanceStartTime().asc().list();
    assertThat(chain).hasSize(3);
    for (int i = 1; i < chain.size(); i++) {
      assertThat(chain.get(i).getStartTime()).isAfterOrEqualTo(chain.get(i - 1).getEndTime());
    }
    assertThat(chain).extracting(t -> historic(t.getId(), "trancheNumber")).containsExactly(1, 2, 3);
    assertThat(jdbc.queryForObject("select outcome from so_contract where contract_number = ?", String.class, number))
        .isEqualTo("completed");
  }

  @Test
  void terminationInTheSecondTrancheEndsTheChainWithItsReason() {
    ProcessInstance contract = signedAndRegistered("karakol", "baldargatirek", 3);
    accept(activeTranche(contract));
    later(1);

    ProcessInstance second = activeTranche(contract);
    tranches.pay(second, day(TODAY.plusDays(1)));
    tranches.complete(second, tranches.reportOnTrack(second, 100_000));
    tranches.complete(second, tranches.visit(day(TODAY.plusDays(1)), "poor", false, "Асан Токтосунов"));
    tranches.complete(second, tranches.headDecision("terminate", null, "Балдар борбору ачылган жок"));

    assertThat(contract).isEnded().hasPassed("ContractTerminated").hasNotPassed("ContractCompleted");
    assertThat(outputs(contract))
        .containsEntry("contractOutcome", "terminated")
        .containsEntry("terminationReason", "Балдар борбору ачылган жок")
        .containsEntry("totalPaid", 200_000.0)
        .containsEntry("tranchesPaid", 2)
        .containsEntry("tranchesAccepted", 1);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .superProcessInstanceId(contract.getId()).count()).isEqualTo(2);
    assertThat(ledger.entries("karakol", number, 3)).isZero();
  }

  @Test
  void aCoordinatorStartsAContractFromTheStartForm() {
    engine.getIdentityService().setAuthentication("katran.coordinator", List.of("coordinator"), List.of("katran"));
    ProcessInstance contract;
    try {
      contract = engine.getFormService().submitStartForm(
          engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("contract")
              .latestVersion().singleResult().getId(),
          Variables.createVariables()
              .putValue("themeNumber", 1)
              .putValue("problem", "Бала бакча жок")
              .putValue("targetGroup", "Балдар")
              .putValue("budgetCeiling", 500_000)
              .putValue("winnerOrganisationName", "«Инсан-Лейлек» КФ")
              .putValue("winnerProjectTitle", "Балдар үчүн биригели!")
              .putValue("winnerRequestedAmount", 480_000)
              .putValue("winnerTaxNumber", 1234567));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }

    assertThat(contract.getTenantId()).isEqualTo("katran");
    assertThat(contract.getBusinessKey()).startsWith("KATRAN-2026-");
    Winner winner = JsonVariables.record(
        engine.getRuntimeService().getVariableTyped(contract.getId(), "winner"), Winner.class);
    assertThat(winner.organisationName()).isEqualTo("«Инсан-Лейлек» КФ");
    assertThat(winner.requestedAmount()).isEqualByComparingTo("480000");
    assertThat(winner.taxNumber()).isEqualTo("1234567");
    assertThat(engine.getRuntimeService().getVariables(contract.getId()))
        .doesNotContainKeys("winnerOrganisationName", "winnerRequestedAmount")
        .containsEntry("contractorName", "«Инсан-Лейлек» КФ");
    // the coordinator may not list users, yet is offered the municipality's contractors
    assertThat(options(contract, "contractorOptions")).containsExactly("insanleilek");
  }

  @Test
  void aStartWithoutWinnerOrCeilingIsRefused() {
    assertRefused(() -> engine.getRuntimeService().startProcessInstanceByKey("contract", Variables.createVariables()
            .putValue("municipality", "katran").putValue("problem", "Бала бакча").putValue("targetGroup", "Балдар")
            .putValue("budgetCeiling", 0).putValue("winnerRequestedAmount", "көп")),
        List.of("budgetCeiling", "winnerOrganisationName", "winnerProjectTitle", "winnerRequestedAmount"),
        "Уюмдун аталышы", "Название организации");
  }

  @Test
  void tranchesOffByOneSomAreRefusedAndNothingIsStored() {
    ProcessInstance contract = driver.start("kanyshkyya", 600_000, "«ТОС Курулуш» КБ", 600_000);

    assertRefused(() -> driver.complete(contract, driver.draft(number, 600_000, START, END, "toskurulush", List.of(
            tranche(300_000, "2026-03-15", "2026-06-30"), tranche(299_999, "2026-07-10", "2026-11-30")))),
        List.of("tranchePlan"), "(599\u00a0999 сом) келишимдин суммасына (600\u00a0000 сом) барабар эмес",
        "(599\u00a0999 сом) не равна сумме договора (600\u00a0000 сом)");

    assertThat(contract).isWaitingAt("DraftContract");
    assertThat(engine.getRuntimeService().getVariables(contract.getId()))
        .doesNotContainKeys("contractNumber", "contractAmount", "tranchePlan", "indicators");
  }

  @Test
  void aTrancheDateOutsideTheTermIsRefused() {
    ProcessInstance contract = driver.start("kanyshkyya", 600_000, "«ТОС Курулуш» КБ", 600_000);

    assertRefused(() -> driver.complete(contract, driver.draft(number, 600_000, START, END, "toskurulush", List.of(
            tranche(300_000, "2026-03-05", "2026-06-30"), tranche(300_000, "2026-07-10", "2027-01-15")))),
        List.of("tranchePlan[1].paymentDate", "tranchePlan[2].reportDueDate"),
        "«Транштар, 1-сап: Төлөм күнү» талаасы: келишимдин мөөнөтүнүн ичинде (10.03.2026 – 31.12.2026)",
        "Поле «Транши, строка 1: Дата оплаты»: должна быть в пределах срока договора (10.03.2026 – 31.12.2026)");
    assertThat(contract).isWaitingAt("DraftContract");
  }

  @Test
  void tranchesOutOfOrderAReportBeforeItsPaymentAndAnAmountAboveCeilingAndRequestAreRefused() {
    ProcessInstance contract = driver.start("kanyshkyya", 500_000, "«ТОС Курулуш» КБ", 450_000);

    assertRefused(() -> driver.complete(contract, driver.draft(number, 600_000, END, START, "toskurulush", List.of(
            tranche(300_000, "2026-07-10", "2026-07-01"), tranche(300_000, "2026-07-10", "2026-06-30")))),
        List.of("contractAmount", "contractAmount", "contractEnd", "tranchePlan[1].reportDueDate",
            "tranchePlan[2].paymentDate", "tranchePlan[2].reportDueDate", "tranchePlan[2].reportDueDate"),
        "бюджеттин чегинен (500\u00a0000 сом)", "сумму, запрошенную победителем (450\u00a0000 сом)");
  }

  @Test
  void aContractorOfAnotherMunicipalityOrAnOfficialCannotBeNamed() {
    ProcessInstance contract = driver.start("kanyshkyya", 600_000, "«ТОС Курулуш» КБ", 600_000);

    for (String wrong : List.of("aikol", "kanyshkyya.coordinator", "nobody")) {
      assertRefused(() -> driver.complete(contract, driver.draft(number, 600_000, START, END, wrong,
              monthlyTranches(600_000, 2))),
          List.of("contractorUserId"), "«" + wrong + "» бул муниципалитеттин аткаруучусунун", "не логин исполнителя");
    }
  }

  @Test
  void aReviewAskingForChangesWithoutSayingWhatAndAnUnsignedHeadFormAreRefused() {
    ProcessInstance contract = driver.start("katran", 300_000, "«Инсан-Лейлек» КФ", 300_000);
    driver.complete(contract, driver.draft(number, 300_000, START, END, "insanleilek", monthlyTranches(300_000, 2)));

    assertRefused(() -> driver.complete(contract, driver.requestChanges(" ")), List.of("changeRequest"),
        "Эмнени өзгөртүү керек", "Что нужно изменить");
    driver.complete(contract, driver.sign());
    assertRefused(() -> driver.complete(contract, Variables.createVariables().putValue("headSigned", false)),
        List.of("headSigned"), "кол коюу милдеттүү", "подпись обязательна");
    assertThat(contract).isWaitingAt("SignContract");
  }

  @Test
  void aGroupOfTwoIsRefused() {
    ProcessInstance contract = atMonitoringGroup();

    assertRefused(() -> driver.complete(contract, driver.group(List.of(
            member(null, "katran.monitor1", "municipalitySpecialist", true),
            member("Айгүл Мамытова", null, "socialInstitution", false)))),
        List.of("monitoringGroup"), "жок дегенде 3 мүчө", "не менее 3 членов");
    assertThat(contract).isWaitingAt("FormMonitoringGroup");
    assertThat(engine.getRuntimeService().getVariable(contract.getId(), "monitoringGroup")).isNull();
  }

  @Test
  void aGroupWithoutAMunicipalitySpecialistIsRefused() {
    ProcessInstance contract = atMonitoringGroup();

    assertRefused(() -> driver.complete(contract, driver.group(List.of(
            member(null, "katran.monitor1", "councilDeputy", true),
            member(null, "katran.monitor2", "socialInstitution", false),
            member("Асан Токтосунов", null, "communityLeader", false)))),
        List.of("monitoringGroup"), "муниципалитеттин адиси", "специалист муниципалитета");
  }

  @Test
  void aGroupOfTheAdministrationOnlyWithTwoChairsAndStrangersIsRefused() {
    ProcessInstance contract = atMonitoringGroup();

    assertRefused(() -> driver.complete(contract, driver.group(List.of(
            member(null, "katran.monitor1", "municipalitySpecialist", true),
            member(null, "katran.coordinator", "municipalitySpecialist", true),
            member(null, "karakol.monitor1", "municipalitySpecialist", false),
            member("Бакыт", null, "mayor", false),
            member("", null, "municipalitySpecialist", false)))),
        List.of("monitoringGroup[2].userId", "monitoringGroup[3].userId",
            "monitoringGroup[4].category", "monitoringGroup[5].name", "monitoringGroup", "monitoringGroup"),
        "администрациядан тышкары", "ровно один");
  }

  @Test
  void aGroupWithoutAnyLoginIsRefused() {
    ProcessInstance contract = atMonitoringGroup();

    assertRefused(() -> driver.complete(contract, driver.group(List.of(
            member("Айбек", null, "municipalitySpecialist", true),
            member("Асан", null, "communityLeader", false),
            member("Айгүл", null, "socialInstitution", false)))),
        List.of("monitoringGroup"), "логини болушу керек", "должен быть логин");
  }

  private ProcessInstance atMonitoringGroup() {
    ProcessInstance contract = driver.start("katran", 300_000, "«Инсан-Лейлек» КФ", 300_000);
    driver.complete(contract, driver.draft(number, 300_000, START, END, "insanleilek", monthlyTranches(300_000, 2)));
    driver.complete(contract, driver.sign());
    driver.complete(contract, driver.headSignature());
    return contract;
  }

  /** Signed with {@code count} tranches of 100 000 som, the group formed, registered. */
  private ProcessInstance signedAndRegistered(String municipality, String contractor, int count) {
    ProcessInstance contract = driver.start(municipality, count * 100_000.0, "Уюм", count * 100_000.0);
    driver.complete(contract, driver.draft(number, count * 100_000.0, START, END, contractor,
        monthlyTranches(count * 100_000.0, count)));
    driver.complete(contract, driver.sign());
    driver.complete(contract, driver.headSignature());
    driver.complete(contract, driver.group(lawfulGroup(municipality)));
    tranches.runJob(contract, "RegisterContract");
    return contract;
  }

  private void accept(ProcessInstance tranche) {
    tranches.pay(tranche, day(today()));
    tranches.complete(tranche, tranches.reportOnTrack(tranche, 100_000));
    tranches.complete(tranche, tranches.visit(day(today()), "good", true, "Асан Токтосунов"));
    assertThat(tranche).isEnded().hasPassed("TrancheAccepted");
  }

  private ProcessInstance activeTranche(ProcessInstance contract) {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(contract.getId())
        .singleResult();
  }

  private void later(int days) {
    clock.moveBy(Duration.ofDays(days));
  }

  private LocalDate today() {
    return clock.today();
  }

  private Date inDays(int days) {
    return Date.from(clock.instant().plus(Duration.ofDays(days)));
  }

  /** The choices the coordinator's open task offers. */
  private List<String> options(ProcessInstance instance, String name) {
    String taskId = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
    return ((List<?>) JsonVariables.plain(engine.getTaskService().getVariableLocalTyped(taskId, name)))
        .stream().map(o -> (String) ((Map<?, ?>) o).get("value")).toList();
  }

  private Map<String, Object> outputs(ProcessInstance instance) {
    Map<String, Object> values = new HashMap<>();
    for (String name : List.of("contractOutcome", "terminationReason", "totalPaid", "tranchesPaid", "tranchesAccepted")) {
      values.put(name, historic(instance.getId(), name));
    }
    return values;
  }

  private Object historic(String instanceId, String name) {
    var variable = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instanceId).variableName(name).singleResult();
    return variable == null ? null : variable.getValue();
  }

  private long passes(ProcessInstance instance, String activityId) {
    return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(activityId).count();
  }

  private int registered(String contractNumber) {
    return jdbc.queryForObject("select count(*) from so_contract where contract_number = ?", Integer.class,
        contractNumber);
  }

  private int published(String contractNumber) {
    return jdbc.queryForObject("select count(*) from so_notification where kind = 'contractPublished' "
        + "and notification_key like ?", Integer.class, "%:" + contractNumber);
  }
}
