package kg.socialorder.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.socialorder.competition.ApplicationIntake;
import kg.socialorder.contract.ContractRegister;
import kg.socialorder.contract.TrancheState;
import kg.socialorder.contract.TrancheStatus;
import kg.socialorder.finalreport.PublicReport;
import kg.socialorder.finalreport.PublicReportRegister;
import kg.socialorder.ocds.SocialOrderChain;
import kg.socialorder.support.EngineTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The engine's history is removed when its time to live has passed; the project's own tables,
 * which the law and the portal need, are never touched by it.
 */
// the clock moves ten years on: the cleanup removes the history of every test before this one too
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class HistoryCleanupScenarios extends EngineTest {

  static final Duration TIME_TO_LIVE = Duration.ofDays(3650);
  static final List<String> PROJECT_TABLES = List.of("so_social_order", "so_theme", "so_competition_call",
      "so_competition_application", "so_competition_score", "so_contract", "so_payment", "so_notification",
      "so_public_report", "so_ocds_release", "so_problem_selection", "so_candidate_problem", "so_tranche_plan",
      "so_contract_indicator", "so_tranche_report", "so_final_report", "so_final_evaluation", "so_refund",
      "so_public_hearing", "so_monitoring_visit");

  @Autowired
  ApplicationIntake intake;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  PublicReportRegister reports;
  @Autowired
  ContractRegister contracts;

  @Test
  void historyPastItsTimeToLiveIsRemovedAndTheRestIsKeptWithEveryProjectRow() {
    HistoryService history = engine.getHistoryService();
    // a procedure that runs longer than the time to live: it has no removal time while it runs
    ProcessInstance stillRunning = engine.getRuntimeService().startProcessInstanceByKey("problem-selection",
        Variables.createVariables().putValue("municipality", "karakoltown").putValue("programmeName", "Узак жол")
            .putValue("year", 2026).putValue("budgetEnvelope", 100_000.0).putValue("themesPlanned", 1));
    SocialOrderChain old = new SocialOrderChain(engine, intake).run("Мүмкүнчүлүгү чектелген балдар");
    HistoricProcessInstance oldOrder = root(old);
    List<String> oldInstances = instancesOf(oldOrder);
    // removal time = the end of the whole social order + its time to live, for every process it called
    Date removal = Date.from(oldOrder.getEndTime().toInstant().plus(TIME_TO_LIVE));
    assertThat(oldInstances).hasSizeGreaterThan(5);
    assertThat(history.createHistoricProcessInstanceQuery().rootProcessInstanceId(oldOrder.getId()).list())
        .allSatisfy(instance -> assertThat(instance.getRemovalTime()).isEqualTo(removal));

    later(Duration.ofDays(400));
    SocialOrderChain recent = new SocialOrderChain(engine, intake).run("Ичүүчү суу жок");
    List<String> recentInstances = instancesOf(root(recent));
    Map<String, Integer> projectRows = projectRows();
    assertThat(projectRows).allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());

    // the day after the old order's history expired
    clock.moveTo(removal.toInstant().plus(Duration.ofDays(1)));
    cleanUpHistory();

    for (String instance : oldInstances) {
      assertThat(historyOf(instance).values()).as("history of expired " + instance).containsOnly(0L);
    }
    for (String instance : recentInstances) {
      assertThat(historyOf(instance).get("activities")).as("history of recent " + instance).isPositive();
    }
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(stillRunning.getId()).singleResult()
        .getRemovalTime()).isNull();
    assertThat(historyOf(stillRunning.getId()).get("activities")).isPositive();
    assertThat(projectRows()).isEqualTo(projectRows);
    assertThat(jdbc.queryForObject("select count(*) from so_public_report where business_key like ?", Integer.class,
        oldOrder.getBusinessKey() + "%")).isPositive();
  }

  @Test
  void aThemesPublicReportStillTellsItsSelectionCompetitionAndTranchesOnceTheirHistoryIsDeleted() {
    SocialOrderChain chain = new SocialOrderChain(engine, intake).runUntilPublication("Бала бакча жок");
    HistoryService history = engine.getHistoryService();
    // an operator deletes the history of the stages that have ended (Cockpit's batch "delete history"),
    // as the cleanup does once their time to live has passed
    List<String> ended = history.createHistoricProcessInstanceQuery().rootProcessInstanceId(chain.order.getId())
        .finished().list().stream().map(HistoricProcessInstance::getId).toList();
    assertThat(ended).hasSizeGreaterThanOrEqualTo(5);
    history.deleteHistoricProcessInstances(ended);
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("problem-selection")
        .processInstanceBusinessKey(chain.order.getBusinessKey()).count()).isZero();

    chain.publishReport();

    PublicReport report = reports.find(chain.themeKey).orElseThrow().report();
    assertThat(report.selection()).isNotNull();
    assertThat(report.selection().problem()).isEqualTo("Бала бакча жок");
    assertThat(report.selection().participantsTotal()).isEqualTo(503);
    assertThat(report.selection().participantsWomen()).isEqualTo(290);
    assertThat(report.selection().votes()).isEqualTo(300);
    assertThat(report.selection().problemsConsidered()).isEqualTo(2);
    assertThat(report.competition()).isNotNull();
    assertThat(report.competition().callNumber()).isEqualTo(chain.callNumber);
    assertThat(report.competition().applications()).isEqualTo(2);
    assertThat(report.competition().winner()).isEqualTo("«Аймира» КФ");
    assertThat(report.tranches()).extracting(PublicReport.Tranche::amount)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("250000"), new BigDecimal("150000"));
    assertThat(report.tranches()).allSatisfy(tranche -> assertThat(tranche.acceptedOn()).isNotNull());
    // the contract's plan as signed, each tranche accepted
    assertThat(contracts.tranches("karakoltown", chain.contractNumber)).extracting(TrancheState::status)
        .containsExactly(TrancheStatus.ACCEPTED, TrancheStatus.ACCEPTED);
    assertThat(contracts.indicators("karakoltown", chain.contractNumber)).hasSize(2);
  }

  @Test
  void retentionCountsFromTheEndOfTheWholeSocialOrderSoItOutlastsTheLongestProcedure() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getHistoryRemovalTimeStrategy())
        .isEqualTo(ProcessEngineConfigurationImpl.HISTORY_REMOVAL_TIME_STRATEGY_END);
    assertThat(configuration.getHistoryCleanupStrategy())
        .isEqualTo(ProcessEngineConfigurationImpl.HISTORY_CLEANUP_STRATEGY_REMOVAL_TIME_BASED);
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list())
        .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).as(definition.getKey())
            .isEqualTo((int) TIME_TO_LIVE.toDays()));
  }

  /** Starts the cleanup now, outside the night window, and runs it until it has nothing left to remove. */
  private void cleanUpHistory() {
    engine.getHistoryService().cleanUpHistoryAsync(true);
    for (int run = 0; run < 50; run++) {
      List<Job> jobs = engine.getHistoryService().findHistoryCleanupJobs();
      Instant now = clock.instant();
      List<Job> due = jobs.stream().filter(job -> !job.getDuedate().toInstant().isAfter(now)).toList();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
    throw new AssertionError("The history cleanup did not finish");
  }

  private HistoricProcessInstance root(SocialOrderChain chain) {
    HistoricProcessInstance order = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(chain.order.getId()).singleResult();
    assertThat(order.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    return order;
  }

  private List<String> instancesOf(HistoricProcessInstance root) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().rootProcessInstanceId(root.getId())
        .list().stream().map(HistoricProcessInstance::getId).toList();
  }

  private Map<String, Long> historyOf(String instance) {
    HistoryService history = engine.getHistoryService();
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("instance", history.createHistoricProcessInstanceQuery().processInstanceId(instance).count());
    counts.put("activities", history.createHistoricActivityInstanceQuery().processInstanceId(instance).count());
    counts.put("tasks", history.createHistoricTaskInstanceQuery().processInstanceId(instance).count());
    counts.put("variables", history.createHistoricVariableInstanceQuery().processInstanceId(instance).count());
    counts.put("details", history.createHistoricDetailQuery().processInstanceId(instance).count());
    counts.put("decisions", history.createHistoricDecisionInstanceQuery().processInstanceId(instance).count());
    counts.put("jobLog", history.createHistoricJobLogQuery().processInstanceId(instance).count());
    return counts;
  }

  private Map<String, Integer> projectRows() {
    Map<String, Integer> rows = new LinkedHashMap<>();
    PROJECT_TABLES.forEach(table -> rows.put(table,
        jdbc.queryForObject("select count(*) from " + table, Integer.class)));
    return rows;
  }

  private void later(Duration duration) {
    clock.moveBy(duration);
  }
}
