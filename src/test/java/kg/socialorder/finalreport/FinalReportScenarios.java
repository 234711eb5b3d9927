package kg.socialorder.finalreport;

import static kg.socialorder.engine.JsonVariables.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.math.BigDecimal;
import java.util.UUID;
import kg.socialorder.contract.ContractRegister;
import kg.socialorder.contract.PaymentLedger;
import kg.socialorder.contract.TargetIndicator;
import kg.socialorder.support.EngineTest;
import kg.socialorder.validation.InvalidInputException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every path of final-report, with the Omuraliev case; subclasses run them on H2 and PostgreSQL. */
abstract class FinalReportScenarios extends EngineTest {

  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  FinalReportRegister register;
  @Autowired
  ContractRegister contracts;
  @Autowired
  PaymentLedger ledger;

  FinalReportDriver driver;

  @BeforeEach
  void driver() {
    driver = new FinalReportDriver(engine);
  }

  @Test
  void omuralievReportsEverythingSpentHoldsAHearingAndCloses() throws Exception {
    ProcessInstance report = start("omuraliev", "completed", null, 300_000, 300_000);

    assertThat(report).isWaitingAt("SubmitFinalReport");
    assertThat(task()).isAssignedTo("aikol");
    assertThat(task().getDueDate()).isEqualTo(Date.from(
        clock.instant().plus(Duration.ofDays(30))));
    complete(driver.finalReport(current, 300_000, 40));

    assertThat(report).isWaitingAt("FinalEvaluation");
    assertThat(task()).hasCandidateUser("omuraliev.monitor1").hasCandidateUser("omuraliev.monitor2");
    complete(driver.evaluation());

    assertThat(report).isWaitingAt("RecordPublicHearing").hasNotPassed("RecordRefund");
    assertThat(task()).hasCandidateGroup("coordinator");
    complete(driver.hearing(day(TODAY)));

    assertThat(report).isWaitingAt("PublishPublicReport");
    execute(job(current));
    assertThat(report).isWaitingAt("CloseSocialOrder");
    assertThat(task()).hasCandidateGroup("head");
    complete(Variables.createVariables().putValue("closingConfirmed", true));

    assertThat(report).isEnded();
    JsonNode published = published(report);
    assertThat(published.path("contractOutcome").asText()).isEqualTo("completed");
    assertThat(published.path("organisationName").asText()).isEqualTo("«Айкөл» жарандык демилгелер борбору КБ");
    assertThat(published.path("indicators").get(0).path("target").asInt()).isEqualTo(40);
    assertThat(published.path("indicators").get(0).path("reached").asInt()).isEqualTo(40);
    assertThat(published.path("refunded").decimalValue()).isZero();
    assertThat(published.path("hearing").path("format").asText()).isEqualTo("peoplesAssembly");
    assertThat(published.path("hearing").path("attendance").asInt()).isEqualTo(120);
  }

  @Test
  void unspentMoneyIsRefundedExactlyBeforeTheOrderCloses() throws Exception {
    ProcessInstance report = start("karakoltown", "completed", null, 500_000, 500_000);
    complete(driver.finalReport(current, 487_500, 128));
    assertThat(engine.getRuntimeService().getVariable(report.getId(), "unspentAmount")).isEqualTo(12_500.0);
    complete(driver.evaluation());

    assertThat(report).isWaitingAt("RecordRefund");
    assertThat(task()).hasCandidateGroup("finance");
    assertRefused(() -> complete(driver.refund(12_499.99, day(TODAY))), List.of("refundAmount"), "500 сом",
        "остатку");
    // as in Tasklist: the finance officer is logged in
    String refund = task(current).getId();
    engine.getIdentityService().setAuthentication("karakoltown.finance", List.of("finance"), List.of("karakoltown"));
    try {
      engine.getTaskService().complete(refund, driver.refund(12_500, day(TODAY)));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }

    complete(driver.hearing(day(TODAY)));
    execute(job(current));
    complete(Variables.createVariables().putValue("closingConfirmed", true));
    assertThat(report).isEnded().hasPassed("RecordRefund");
    assertThat(published(report).path("refunded").decimalValue()).isEqualByComparingTo("12500");
    // the case record says who did what: the contractor reported, finance recorded the refund
    FinalReportCase record = register.find(report.getBusinessKey()).orElseThrow();
    assertThat(record.submission().submittedBy()).isEqualTo("aimira");
    assertThat(record.submission().totalSpent()).isEqualByComparingTo("487500");
    assertThat(record.unspent()).isEqualByComparingTo("12500");
    assertThat(record.refund().amount()).isEqualByComparingTo("12500");
    assertThat(record.refund().date()).isEqualTo(TODAY);
    assertThat(record.refund().recordedBy()).isEqualTo("karakoltown.finance");
    assertThat(record.refund().recordedAt()).isNotNull();
    assertThat(record.hearing().attendance()).isEqualTo(120);
    assertThat(record.evaluation().rating()).isNotBlank();
  }

  @Test
  void aTerminatedContractIsReportedAsTerminatedWithItsReason() throws Exception {
    ProcessInstance report = start("kanyshkyya", "terminated", "Аткаруучу отчетторду тапшырган жок", 900_000, 300_000);
    complete(driver.finalReport(current, 300_000, 30));
    complete(driver.evaluation());
    complete(driver.hearing(day(TODAY)));
    execute(job(current));
    complete(Variables.createVariables().putValue("closingConfirmed", true));

    JsonNode published = published(report);
    assertThat(published.path("contractOutcome").asText()).isEqualTo("terminated");
    assertThat(published.path("terminationReason").asText()).isEqualTo("Аткаруучу отчетторду тапшырган жок");
    assertThat(published.path("totalPaid").decimalValue()).isEqualByComparingTo("300000");
    assertThat(published.path("contractAmount").decimalValue()).isEqualByComparingTo("900000");
  }

  @Test
  void publishingAgainChangesNothing() throws Exception {
    ProcessInstance report = start("katran", "completed", null, 200_000, 200_000);
    complete(driver.finalReport(current, 200_000, 20));
    complete(driver.evaluation());
    complete(driver.hearing(day(TODAY)));
    execute(job(current));
    String first = jdbc.queryForObject("select report_json || published_at from so_public_report where business_key = ?",
        String.class, report.getBusinessKey());

    // a retried job, or an operator re-running the step from Cockpit
    engine.getRuntimeService().createProcessInstanceModification(report.getId())
        .startBeforeActivity("PublishPublicReport").execute();
    clock.moveBy(Duration.ofMinutes(1));
    engine.getManagementService().createJobQuery().processInstanceId(report.getId()).list()
        .forEach(j -> engine.getManagementService().executeJob(j.getId()));

    assertThat(jdbc.queryForObject("select count(*) from so_public_report where business_key = ?", Integer.class,
        report.getBusinessKey())).isEqualTo(1);
    assertThat(jdbc.queryForObject("select report_json || published_at from so_public_report where business_key = ?",
        String.class, report.getBusinessKey())).isEqualTo(first);
  }

  @Test
  void aStartWithoutContractorOutcomeOrReasonIsRefused() {
    VariableMap variables = startVariables("katran", "terminated", null, 100_000, 150_000);
    variables.remove("contractorUserId");
    assertRefused(() -> engine.getRuntimeService().startProcessInstanceByKey("final-report", variables),
        List.of("contractorUserId", "totalPaid", "terminationReason"), "Токтотуунун себеби", "Причина расторжения");
  }

  @Test
  void aReportOfAContractTheRegisterDoesNotHaveIsRefused() {
    VariableMap variables = startVariables("katran", "completed", null, 100_000, 100_000);
    variables.putValue("contractNumber", "МСТ-katran-жок");
    assertRefused(() -> engine.getRuntimeService().startProcessInstanceByKey("final-report", variables),
        List.of("contractNumber"), "катталган эмес", "не зарегистрирован");
    assertThat(jdbc.queryForObject("select count(*) from so_final_report where contract_number = ?", Integer.class,
        "МСТ-katran-жок")).isZero();
  }

  @Test
  void spendingMoreThanWasPaidIsRefusedAndNothingStored() {
    ProcessInstance report = start("katran", "completed", null, 200_000, 200_000);
    assertRefused(() -> complete(driver.finalReport(current, 200_000.01, 20)), List.of("totalSpent"), "Сарпталды",
        "Израсходовано");
    VariableMap noResults = driver.finalReport(current, 100_000, 20);
    noResults.putValue("results", " ");
    noResults.putValue("indicatorResults", json(List.of(Map.of("reached", -1))));
    assertRefused(() -> complete(noResults), List.of("results", "indicatorResults[1].reached"), "Натыйжалар",
        "Результаты");
    assertThat(report).isWaitingAt("SubmitFinalReport");
    assertThat(engine.getRuntimeService().getVariable(report.getId(), "totalSpent")).isNull();
  }

  @Test
  void aHearingNotYetHeldAndAnUnconfirmedClosingAreRefused() throws Exception {
    ProcessInstance report = start("katran", "completed", null, 200_000, 200_000);
    complete(driver.finalReport(current, 200_000, 20));
    assertRefused(() -> complete(Variables.createVariables().putValue("finalRating", "superb")),
        List.of("finalRating", "conclusions"), "Баа", "Оценка");
    complete(driver.evaluation());
    assertRefused(() -> complete(driver.hearing(day(TODAY.plusDays(2)))), List.of("hearingDate"), "өтө элек",
        "ещё не состоялось");
    complete(driver.hearing(day(TODAY)));
    execute(job(current));
    assertRefused(() -> complete(Variables.createVariables().putValue("closingConfirmed", false)),
        List.of("closingConfirmed"), "Социалдык тапшырык жабылат", "Социальный заказ закрывается");
    assertThat(report).isWaitingAt("CloseSocialOrder");
  }

  /** The instance the helpers below act on. */
  private ProcessInstance current;

  private ProcessInstance start(String municipality, String outcome, String reason, double amount, double paid) {
    current = engine.getRuntimeService().startProcessInstanceByKey("final-report",
        startVariables(municipality, outcome, reason, amount, paid));
    return current;
  }

  /**
   * What the social order passes to a final report, after the contract with the given amount and
   * payments is registered (a new number each time) in the contract register and the payment ledger.
   */
  private VariableMap startVariables(String municipality, String outcome, String reason, double amount, double paid) {
    String contractor = Map.of("omuraliev", "aikol", "karakoltown", "aimira", "kanyshkyya", "toskurulush",
        "katran", "insanleilek").get(municipality);
    String organisation = "omuraliev".equals(municipality) ? "«Айкөл» жарандык демилгелер борбору КБ" : "КЭУ";
    String contractNumber = "МСТ-" + municipality + "-" + UUID.randomUUID().toString().substring(0, 8);
    FinalReportDriver.registerContract(contracts, ledger, municipality, contractNumber, organisation, contractor,
        BigDecimal.valueOf(amount), BigDecimal.valueOf(paid), List.of(new TargetIndicator("Окутулган жаштар", "адам", 40)));
    return Variables.createVariables()
        .putValue("municipality", municipality)
        .putValue("contractNumber", contractNumber)
        .putValue("organisationName", organisation)
        .putValue("contractorUserId", contractor)
        .putValue("monitoringUserIds", municipality + ".monitor1," + municipality + ".monitor2")
        .putValue("contractOutcome", outcome)
        .putValue("terminationReason", reason);
  }

  private void complete(Map<String, Object> variables) {
    engine.getTaskService().complete(task(current).getId(), variables);
  }

  private JsonNode published(ProcessInstance report) throws Exception {
    return new ObjectMapper().readTree(jdbc.queryForObject(
        "select report_json from so_public_report where business_key = ?", String.class, report.getBusinessKey()));
  }

  private void assertRefused(Runnable submission, List<String> fields, String kyrgyz, String russian) {
    assertThatThrownBy(submission::run)
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).fields()).containsExactlyInAnyOrderElementsOf(fields))
        .hasMessageContaining(kyrgyz)
        .hasMessageContaining(russian);
  }
}
