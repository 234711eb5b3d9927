package kg.socialorder.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.socialorder.competition.ApplicationIntake;
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
      "so_public_report", "so_ocds_release", "so_monitoring_visit");

  @Autowired
  ApplicationIntake intake;
  @Autowired
  JdbcTemplate jdbc;

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
