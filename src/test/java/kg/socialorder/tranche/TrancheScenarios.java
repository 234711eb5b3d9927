package kg.socialorder.tranche;

import static kg.socialorder.engine.JsonVariables.json;
import static kg.socialorder.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kg.socialorder.PublicFormat;
import kg.socialorder.contract.ContractRegister;
import kg.socialorder.contract.PaymentLedger;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.support.EngineTest;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path through tranche, on the "Баластан" contract of Kanysh-Kyya (600 000 som in two
 * tranches, 75 children enrolled): started on its own, as the contract starts it. Subclasses run
 * them on H2 and on PostgreSQL.
 */
abstract class TrancheScenarios extends EngineTest {

  static final String MUNICIPALITY = TrancheDriver.MUNICIPALITY;
  static final String CONTRACTOR = TrancheDriver.CONTRACTOR;
  static final LocalDate FIRST_PAYMENT = TrancheDriver.FIRST_PAYMENT;
  static final LocalDate FIRST_REPORT = TrancheDriver.FIRST_REPORT;
  static final LocalDate CONTRACT_END = TrancheDriver.CONTRACT_END;
  static final String LEADER = TrancheDriver.LEADER;

  @Autowired
  PaymentLedger ledger;
  @Autowired
  ScriptedPaymentGateway gateway;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  TrancheReportRegister reports;
  @Autowired
  MonitoringVisitRegister visits;
  @Autowired
  ScriptedCommitFailure commitFailure;
  @Autowired
  ContractRegister contracts;

  TrancheDriver driver;
  String contractNumber;

  @BeforeEach
  void driver() {
    driver = new TrancheDriver(engine, contracts);
    contractNumber = "КК-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @AfterEach
  void gatewayWorksAgain() {
    gateway.failNext(0);
    commitFailure.failNext(0);
  }

  @Test
  void paidReportedMonitoredAndAccepted() {
    ProcessInstance tranche = start(1);
    assertThat(tranche).isWaitingAt("ApprovePaymentOrder");
    assertThat(tranche.getTenantId()).isEqualTo(MUNICIPALITY);
    assertThat(task()).hasCandidateGroup("finance");
    assertThat(task().getDueDate()).isEqualTo(endOf(FIRST_PAYMENT));

    driver.complete(tranche, driver.paymentOrder("ПП-17", day(TODAY)));
    assertThat(tranche).isWaitingAt("RecordPayment");
    assertThat(ledger.entries(MUNICIPALITY, contractNumber, 1)).isZero();
    driver.runJob(tranche, "RecordPayment");

    assertThat(ledger.find(MUNICIPALITY, contractNumber, 1)).hasValueSatisfying(payment -> {
      assertThat(payment.amount()).isEqualByComparingTo("300000");
      assertThat(payment.paidOn()).isEqualTo(TODAY);
      assertThat(payment.paymentOrderNumber()).isEqualTo("ПП-17");
      assertThat(payment.payee()).isEqualTo("«ТОС Курулуш» КБ");
    });
    assertThat(tranche).isWaitingAt("SubmitTrancheReport");
    assertThat(task()).isAssignedTo(CONTRACTOR);
    // the planned date is later than 30 days after the payment: it stands
    assertThat(task().getDueDate()).isEqualTo(endOf(FIRST_REPORT));
    assertThat(driver.job(tranche, "ReminderDue").getDuedate()).isEqualTo(endOf(FIRST_REPORT.minusDays(3)));
    assertThat(driver.job(tranche, "ReportOverdue").getDuedate()).isEqualTo(endOf(FIRST_REPORT));
    assertThat(lines(tranche)).extracting(IndicatorProgress::expected).containsExactly(37L, 2L);

    driver.complete(tranche, driver.reportOnTrack(tranche, 298_500));
    assertThat(tranche).isWaitingAt("RecordMonitoringVisit");
    assertThat(task()).hasCandidateUser("kanyshkyya.monitor1").hasCandidateUser("kanyshkyya.monitor2");
    assertThat(task().getAssignee()).isNull();
    assertThat(task().getDueDate()).isEqualTo(Date.from(now().plusDays(14).atZone(BISHKEK).toInstant()));

    driver.complete(tranche, driver.visit(day(TODAY), "good", true, "kanyshkyya monitor1", LEADER));

    assertThat(tranche).isEnded().hasPassed("RecordMonitoringConclusion", "AcceptTranche", "TrancheAccepted");
    // the visit is in the case record as the group entered it
    assertThat(visits.ofContract(MUNICIPALITY, contractNumber)).singleElement().satisfies(visit -> {
      assertThat(visit.trancheNumber()).isEqualTo(1);
      assertThat(visit.visitNumber()).isEqualTo(1);
      assertThat(visit.visitDate()).isEqualTo(TODAY);
      assertThat(visit.rating()).isEqualTo("good");
      assertThat(visit.expensesConfirmed()).isTrue();
      assertThat(visit.membersPresent()).containsExactly("kanyshkyya monitor1", LEADER);
      assertThat(visit.findings()).isEqualTo(historic(tranche, "findings"));
    });
    assertThat(historic(tranche, "trancheDecision")).isEqualTo("accept");
    assertThat(historic(tranche, "trancheOutcome")).isEqualTo("accepted");
    assertThat(historic(tranche, "expensesTotal")).isEqualTo(298_500.0);
  }

  @Test
  void indicatorsBehindAreSentBackForCorrectionsThenAccepted() {
    ProcessInstance tranche = start(1);
    driver.pay(tranche, day(TODAY));
    driver.complete(tranche, driver.report(tranche, 250_000, 10, 5));
    driver.complete(tranche, driver.visit(day(TODAY), "good", true, LEADER));

    assertThat(tranche).hasPassed("ScheduleCorrectedReport").isWaitingAt("SubmitTrancheReport");
    assertThat(historic(tranche, "indicatorsOnTrack")).isEqualTo(false);
    assertThat(task()).isAssignedTo(CONTRACTOR);
    assertThat(task().getDueDate()).isEqualTo(Date.from(now().plusDays(14).atZone(BISHKEK).toInstant()));
    // the report comes back with its figures and the group's findings
    assertThat(lines(tranche)).extracting(IndicatorProgress::reached).containsExactly(10L, 5L);
    assertThat(engine.getRuntimeService().getVariable(tranche.getId(), "findings")).asString().contains("Борбор");

    driver.complete(tranche, driver.report(tranche, 250_000, 40, 5));
    assertThat(tranche).isWaitingAt("RecordMonitoringVisit");
    driver.complete(tranche, driver.visit(day(TODAY), "satisfactory", true, LEADER));

    assertThat(tranche).isEnded().hasPassed("TrancheAccepted");
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(tranche.getId())
        .taskDefinitionKey("RecordMonitoringVisit").count()).isEqualTo(2);
    // each visit is recorded, numbered within the tranche
    assertThat(visits.ofContract(MUNICIPALITY, contractNumber))
        .extracting(MonitoringVisit::visitNumber, MonitoringVisit::rating)
        .containsExactly(tuple(1, "good"),
            tuple(2, "satisfactory"));
    assertThat(ledger.entries(MUNICIPALITY, contractNumber, 1)).isEqualTo(1);
    // the case record keeps both versions of the report and what was decided on each
    List<TrancheReportRegister.Submitted> kept = reports.ofContract(MUNICIPALITY, contractNumber);
    assertThat(kept).extracting(TrancheReportRegister.Submitted::version, TrancheReportRegister.Submitted::outcome,
            TrancheReportRegister.Submitted::submittedBy)
        .containsExactly(tuple(1, ReportOutcome.CORRECTION, CONTRACTOR), tuple(2, ReportOutcome.ACCEPTED, CONTRACTOR));
    assertThat(kept.get(0).report().progress()).extracting(IndicatorProgress::reached).containsExactly(10L, 5L);
    assertThat(kept.get(1).report().progress()).extracting(IndicatorProgress::reached).containsExactly(40L, 5L);
    assertThat(kept.get(1).report().expensesTotal()).isEqualByComparingTo("250000");
    assertThat(kept.get(1).report().expenses()).hasSize(2);
  }

  @Test
  void reminderThenOverdueThenTheCoordinatorExtends() {
    ProcessInstance tranche = start(1);
    driver.pay(tranche, day(TODAY));
    String reportTask = driver.task(tranche).getId();

    Job reminder = driver.job(tranche, "ReminderDue");
    clock.moveTo(reminder.getDuedate().toInstant());
    engine.getManagementService().executeJob(reminder.getId());
    assertThat(tranche).isWaitingAt("SubmitTrancheReport", "SendReportReminder");
    driver.runJob(tranche, "SendReportReminder");

    assertThat(tranche).isWaitingAt("SubmitTrancheReport");
    assertThat(notifications("reportReminder", tranche)).isEqualTo(1);
    assertThat(engine.getTaskService().getTaskComments(reportTask)).singleElement()
        .satisfies(c -> assertThat(c.getFullMessage()).contains(PublicFormat.day(FIRST_REPORT), "сдайте отчёт"));

    clock.moveTo(driver.job(tranche, "ReportOverdue").getDuedate().toInstant());
    driver.runJob(tranche, "ReportOverdue");
    assertThat(tranche).isWaitingAt("DecideOnOverdueReport");
    assertThat(task()).hasCandidateGroup("coordinator");
    assertThat(task().getDueDate()).isEqualTo(Date.from(clock.instant().plus(Duration.ofDays(5))));

    LocalDate extended = FIRST_REPORT.plusDays(15);
    driver.complete(tranche, driver.overdueDecision("extend", day(extended), null));

    assertThat(tranche).isWaitingAt("SubmitTrancheReport");
    assertThat(task().getDueDate()).isEqualTo(endOf(extended));
    assertThat(driver.job(tranche, "ReminderDue").getDuedate()).isEqualTo(endOf(extended.minusDays(3)));
    driver.complete(tranche, driver.reportOnTrack(tranche, 300_000));
    driver.complete(tranche, driver.visit(day(FIRST_REPORT), "good", true, LEADER));
    assertThat(tranche).isEnded().hasPassed("DecideOnOverdueReport", "TrancheAccepted").hasNotPassed("DecideOnSuspension");
    assertThat(passes(tranche, "SubmitTrancheReport")).isEqualTo(2);
  }

  @Test
  void overdueThenSuspendedThenTheHeadContinues() {
    ProcessInstance tranche = start(1);
    driver.pay(tranche, day(TODAY));
    clock.moveTo(driver.job(tranche, "ReportOverdue").getDuedate().toInstant());
    driver.runJob(tranche, "ReportOverdue");

    driver.complete(tranche, driver.overdueDecision("suspend", null, "Аткаруучу жооп бербейт"));

    assertThat(tranche).isWaitingAt("DecideOnSuspension");
    assertThat(task()).hasCandidateGroup("head");
    assertThat(engine.getRuntimeService().getVariable(tranche.getId(), "suspensionCause")).isEqualTo("overdueReport");
    LocalDate newDue = FIRST_REPORT.plusDays(20);
    driver.complete(tranche, driver.headDecision("continue", day(newDue), "Аткаруучу себебин түшүндүрдү"));

    assertThat(tranche).isWaitingAt("SubmitTrancheReport");
    assertThat(task().getDueDate()).isEqualTo(endOf(newDue));
    driver.complete(tranche, driver.reportOnTrack(tranche, 300_000));
    driver.complete(tranche, driver.visit(day(FIRST_REPORT), "good", true, LEADER));
    assertThat(tranche).isEnded().hasPassed("DecideOnOverdueReport", "DecideOnSuspension", "TrancheAccepted");
    assertThat(passes(tranche, "SubmitTrancheReport")).isEqualTo(2);
  }

  @Test
  void poorRatingSuspendsThenTheHeadContinues() {
    ProcessInstance tranche = start(1);
    driver.pay(tranche, day(TODAY));
    driver.complete(tranche, driver.reportOnTrack(tranche, 300_000));
    driver.complete(tranche, driver.visit(day(TODAY), "poor", true, LEADER));

    assertThat(tranche).isWaitingAt("DecideOnSuspension");
    assertThat(engine.getRuntimeService().getVariable(tranche.getId(), "suspensionCause")).isEqualTo("monitoring");
    driver.complete(tranche, driver.headDecision("continue", day(TODAY.plusDays(30)), "Оңдоого бир ай берилет"));

    assertThat(tranche).isWaitingAt("SubmitTrancheReport");
    assertThat(task().getDueDate()).isEqualTo(endOf(TODAY.plusDays(30)));
    driver.complete(tranche, driver.reportOnTrack(tranche, 300_000));
    driver.complete(tranche, driver.visit(day(TODAY), "good", true, LEADER));
    assertThat(tranche).isEnded().hasPassed("DecideOnSuspension", "TrancheAccepted").hasNotPassed("DecideOnOverdueReport");
    assertThat(passes(tranche, "SubmitTrancheReport")).isEqualTo(2);
  }

  @Test
  void poorRatingSuspendsThenTheHeadTerminates() {
    ProcessInstance tranche = start(1);
    driver.pay(tranche, day(TODAY));
    driver.complete(tranche, driver.reportOnTrack(tranche, 300_000));
    driver.complete(tranche, driver.visit(day(TODAY), "poor", false, LEADER));

    driver.complete(tranche, driver.headDecision("terminate", null, "Каражат максатсыз сарпталды"));

    assertThat(tranche).isEnded().hasPassed("ContractTerminated").hasNotPassed("AcceptTranche");
    assertThat(historic(tranche, "trancheOutcome")).isEqualTo("terminated");
    assertThat(historic(tranche, "terminationReason")).isEqualTo("Каражат максатсыз сарпталды");
    assertThat(reports.ofContract(MUNICIPALITY, contractNumber)).singleElement()
        .extracting(TrancheReportRegister.Submitted::outcome).isEqualTo(ReportOutcome.TERMINATED);
  }

  @Test
  void paymentFailingTwiceThenSucceedingPaysOnce() {
    ProcessInstance tranche = start(1);
    gateway.failNext(2);
    driver.complete(tranche, driver.paymentOrder("ПП-3", day(TODAY)));

    for (int retriesLeft = 2; retriesLeft >= 1; retriesLeft--) {
      Job job = driver.job(tranche, "RecordPayment");
      assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
          .hasMessageContaining("scripted failure");
      assertThat(driver.job(tranche, "RecordPayment").getRetries()).isEqualTo(retriesLeft);
      assertThat(ledger.entries(MUNICIPALITY, contractNumber, 1)).isZero();
    }
    driver.runJob(tranche, "RecordPayment");

    assertThat(ledger.entries(MUNICIPALITY, contractNumber, 1)).isEqualTo(1);
    assertThat(tranche).isWaitingAt("SubmitTrancheReport");
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(tranche.getId()).count()).isZero();
  }

  @Test
  void aPaymentWhoseTransactionFailsAtCommitKeepsNeitherItsEntryNorItsReleaseAndItsRetryPublishesOnce() {
    ProcessInstance tranche = start(1);
    commitFailure.failNext(1);
    driver.complete(tranche, driver.paymentOrder("ПП-5", day(TODAY)));
    String jobId = driver.job(tranche, "RecordPayment").getId();

    assertThatThrownBy(() -> engine.getManagementService().executeJob(jobId))
        .hasStackTraceContaining("scripted failure");
    assertThat(ledger.entries(MUNICIPALITY, contractNumber, 1)).isZero();
    assertThat(paymentReleases(tranche)).isZero();

    driver.runJob(tranche, "RecordPayment");

    assertThat(ledger.entries(MUNICIPALITY, contractNumber, 1)).isEqualTo(1);
    assertThat(paymentReleases(tranche)).isEqualTo(1);
    assertThat(tranche).isWaitingAt("SubmitTrancheReport");
  }

  @Test
  void paymentRetriesExhaustedRaiseAnIncidentAndARetryPaysOnce() {
    ProcessInstance tranche = start(1);
    gateway.failNext(3);
    driver.complete(tranche, driver.paymentOrder("ПП-4", day(TODAY)));
    String jobId = driver.job(tranche, "RecordPayment").getId();
    for (int attempt = 0; attempt < 3; attempt++) {
      assertThatThrownBy(() -> engine.getManagementService().executeJob(jobId)).isInstanceOf(RuntimeException.class);
    }

    Incident incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(tranche.getId()).singleResult();
    assertThat(incident.getIncidentType()).isEqualTo("failedJob");
    assertThat(incident.getActivityId()).isEqualTo("RecordPayment");
    assertThat(incident.getIncidentMessage()).contains("scripted failure");
    assertThat(ledger.entries(MUNICIPALITY, contractNumber, 1)).isZero();

    // the cause fixed, an operator retries in Cockpit: that gives the job a retry again
    engine.getManagementService().setJobRetries(jobId, 1);
    engine.getManagementService().executeJob(jobId);

    assertThat(ledger.entries(MUNICIPALITY, contractNumber, 1)).isEqualTo(1);
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(tranche.getId()).count()).isZero();
    assertThat(tranche).isWaitingAt("SubmitTrancheReport");
  }

  @Test
  void aPaymentStepRunAgainPaysOnce() {
    ProcessInstance tranche = start(1);
    driver.pay(tranche, day(TODAY));
    clock.moveTo(now().plusDays(1).atZone(BISHKEK).toInstant());

    // as an operator would in Cockpit: cancel the report and start again before the payment
    engine.getRuntimeService().createProcessInstanceModification(tranche.getId())
        .cancelAllForActivity("SubmitTrancheReport").startBeforeActivity("RecordPayment").execute();
    driver.runJob(tranche, "RecordPayment");

    assertThat(ledger.entries(MUNICIPALITY, contractNumber, 1)).isEqualTo(1);
    assertThat(engine.getRuntimeService().getVariable(tranche.getId(), "paidOn")).isEqualTo(day(TODAY));
    assertThat(tranche).isWaitingAt("SubmitTrancheReport");
  }

  @Test
  void theLastTrancheExpectsTheWholeTarget() {
    ProcessInstance tranche = start(2);
    assertThat(engine.getRuntimeService().getVariable(tranche.getId(), "trancheAmount")).isEqualTo(300_000.0);
    driver.pay(tranche, day(TODAY));
    assertThat(lines(tranche)).extracting(IndicatorProgress::expected).containsExactly(75L, 5L);
    // paid today, planned for November: the planned date stands
    assertThat(driver.task(tranche).getDueDate()).isEqualTo(endOf(LocalDate.of(2026, 11, 30)));
  }

  @Test
  void aLatePaymentMovesTheReportDeadline() {
    ProcessInstance tranche = start(1);
    clock.moveTo(FIRST_REPORT.minusDays(10).atTime(11, 0).atZone(BISHKEK).toInstant());
    driver.pay(tranche, day(FIRST_REPORT.minusDays(10)));

    assertThat(driver.task(tranche).getDueDate()).isEqualTo(Date.from(FIRST_REPORT.plusDays(20).atTime(11, 0).atZone(BISHKEK).toInstant()));
    assertThat(engine.getRuntimeService().getVariable(tranche.getId(), "reportDueDate")).isEqualTo(day(FIRST_REPORT.plusDays(20)));
  }

  @Test
  void theDecisionTable() {
    assertThat(decide("poor", true, true)).isEqualTo("suspend");
    assertThat(decide("poor", false, false)).isEqualTo("suspend");
    assertThat(decide("good", false, true)).isEqualTo("corrections");
    assertThat(decide("good", true, false)).isEqualTo("corrections");
    assertThat(decide("satisfactory", true, true)).isEqualTo("accept");
    assertThat(decide("good", true, true)).isEqualTo("accept");
  }

  @Test
  void anUnapprovedPaymentOrderIsRefused() {
    ProcessInstance tranche = start(1);

    assertRefused(() -> driver.complete(tranche, Variables.createVariables().putValue("paymentOrderNumber", " ")
            .putValue("paymentOrderDate", day(TODAY.plusDays(1))).putValue("paymentApproved", false)),
        List.of("paymentOrderNumber", "paymentOrderDate", "paymentApproved"),
        "Төлөм тапшырмасынын номери", "Номер платёжного поручения");
    assertThat(tranche).isWaitingAt("ApprovePaymentOrder");
    assertThat(driver.job(tranche, "RecordPayment")).isNull();
  }

  @Test
  void aReportSpendingMoreThanTheTrancheOrMissingFiguresIsRefused() {
    ProcessInstance tranche = start(1);
    driver.pay(tranche, day(TODAY));
    VariableMap report = driver.report(tranche, 300_000.02, 40, 5);
    List<?> lines = (List<?>) JsonVariables.plain(report.get("indicatorProgress"));
    Map<String, Object> second = new LinkedHashMap<>(TrancheDriver.castMap(lines.get(1)));
    second.put("reached", null);
    report.putValue("indicatorProgress", json(List.of(lines.get(0), second)));
    report.putValue("reportActivities", "");

    assertRefused(() -> driver.complete(tranche, report),
        List.of("reportActivities", "indicatorProgress[2].reached", "expenses"),
        "транштан (300\u00a0000 сом) ашат", "превышает транш (300\u00a0000 сом)");
    assertThat(tranche).isWaitingAt("SubmitTrancheReport");
    assertThat(engine.getRuntimeService().getVariable(tranche.getId(), "expenses")).isNull();
  }

  @Test
  void anExtensionIntoThePastOrBeyondTheContractAndASuspensionWithoutReasonAreRefused() {
    ProcessInstance tranche = start(1);
    driver.pay(tranche, day(TODAY));
    clock.moveTo(driver.job(tranche, "ReportOverdue").getDuedate().toInstant());
    driver.runJob(tranche, "ReportOverdue");

    assertRefused(() -> driver.complete(tranche, driver.overdueDecision("extend", day(FIRST_REPORT), null)),
        List.of("newReportDueDate"), "бүгүнкү күндөн кийин", "позже сегодняшнего дня");
    assertRefused(() -> driver.complete(tranche, driver.overdueDecision("extend", day(CONTRACT_END.plusDays(1)), null)),
        List.of("newReportDueDate"), "келишимдин аягынан", "позже окончания договора");
    assertRefused(() -> driver.complete(tranche, driver.overdueDecision("suspend", null, " ")),
        List.of("overdueComment"), "Себеби", "Причина");
    assertThat(tranche).isWaitingAt("DecideOnOverdueReport");
  }

  @Test
  void aVisitInTheFutureByStrangersWithoutFindingsIsRefused() {
    ProcessInstance tranche = start(1);
    driver.pay(tranche, day(TODAY));
    driver.complete(tranche, driver.reportOnTrack(tranche, 300_000));
    VariableMap visit = driver.visit(day(TODAY.plusDays(1)), "excellent", true, "Бөтөн адам");
    visit.putValue("findings", "");

    assertRefused(() -> driver.complete(tranche, visit),
        List.of("visitDate", "membersPresent", "findings", "monitoringRating"), "Барган күнү", "Дата посещения");
    assertRefused(() -> driver.complete(tranche, driver.visit(day(TODAY.minusDays(1)), "good", true, LEADER)),
        List.of("visitDate"), "төлөмдөн мурун", "раньше оплаты");
    assertThat(tranche).isWaitingAt("RecordMonitoringVisit");
    assertThat(visits.ofContract(MUNICIPALITY, contractNumber)).isEmpty();
  }

  @Test
  void aHeadDecisionWithoutReasonOrNewDeadlineIsRefused() {
    ProcessInstance tranche = start(1);
    driver.pay(tranche, day(TODAY));
    driver.complete(tranche, driver.reportOnTrack(tranche, 300_000));
    driver.complete(tranche, driver.visit(day(TODAY), "poor", true, LEADER));

    assertRefused(() -> driver.complete(tranche, driver.headDecision("continue", null, "")),
        List.of("newReportDueDate", "headComment"), "Отчеттун жаңы мөөнөтү", "Новый срок отчёта");
    assertRefused(() -> driver.complete(tranche, driver.headDecision("pause", null, "x")),
        List.of("headDecision"), "Башчынын чечими", "Решение главы");
    assertThat(tranche).isWaitingAt("DecideOnSuspension");
    assertThat(engine.getRuntimeService().getVariable(tranche.getId(), "trancheOutcome")).isNull();
  }

  @Test
  void aTrancheWithoutItsContractsTermsDoesNotStart() {
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("tranche",
            Variables.createVariables().putValue("municipality", MUNICIPALITY)))
        .hasMessageContaining("contractNumber");
  }

  @Test
  void aTrancheTheContractRegisterDoesNotHaveDoesNotStart() {
    start(1);
    for (String[] tranche : new String[][] {{contractNumber, "3"}, {contractNumber + "-жок", "1"}}) {
      assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("tranche",
              Variables.createVariables().putValue("municipality", MUNICIPALITY).putValue("contractNumber", tranche[0])
                  .putValue("contractorUserId", CONTRACTOR).putValue("contractorName", "«ТОС Курулуш» КБ")
                  .putValue("trancheNumber", Integer.valueOf(tranche[1])).putValue("monitoringGroup", "[]")
                  .putValue("monitoringUserIds", "kanyshkyya.monitor1")))
          .hasMessageContaining("The contract register has no tranche " + tranche[1]);
    }
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("tranche")
        .processInstanceBusinessKeyLike(contractNumber + "%").count()).isEqualTo(1);
  }

  /** The open data's releases of the tranche's first payment. */
  private int paymentReleases(ProcessInstance tranche) {
    return jdbc.queryForObject("select count(*) from so_ocds_release where release_id like ?", Integer.class,
        "%-" + tranche.getBusinessKey() + "-payment-1");
  }

  /** Tranche {@code number} of this test's contract, registered with its plan and indicators, as its contract starts it. */
  ProcessInstance start(int number) {
    return driver.start(contractNumber, number);
  }

  private String decide(String rating, boolean indicatorsOnTrack, boolean expensesConfirmed) {
    return engine.getDecisionService().evaluateDecisionTableByKey("tranche-decision", Variables.createVariables()
            .putValue("monitoringRating", rating).putValue("indicatorsOnTrack", indicatorsOnTrack)
            .putValue("expensesConfirmed", expensesConfirmed))
        .getSingleResult().getSingleEntry();
  }

  private List<IndicatorProgress> lines(ProcessInstance tranche) {
    Task report = driver.task(tranche);
    return JsonVariables.records(engine.getTaskService().getVariableTyped(report.getId(), "indicatorProgress"),
        IndicatorProgress.class);
  }

  private long passes(ProcessInstance instance, String activityId) {
    return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(activityId).count();
  }

  private int notifications(String kind, ProcessInstance instance) {
    return jdbc.queryForObject("select count(*) from so_notification where kind = ? and process_instance_id = ?",
        Integer.class, kind, instance.getId());
  }

  private Object historic(ProcessInstance instance, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(name).singleResult().getValue();
  }

  private LocalDateTime now() {
    return LocalDateTime.ofInstant(clock.instant(), BISHKEK);
  }

  private static Date endOf(LocalDate day) {
    return Date.from(day.atTime(23, 59, 59).atZone(BISHKEK).toInstant());
  }
}
