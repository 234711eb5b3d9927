package kg.socialorder.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import kg.socialorder.SocialOrderApplication;
import kg.socialorder.competition.ApplicationIntake;
import kg.socialorder.engine.ProcedureClock;
import kg.socialorder.ocds.SocialOrderChain.Stage;
import kg.socialorder.support.EmbeddedPostgres;
import kg.socialorder.tranche.TrancheDriver;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Part 7: the jobs and timers of many orders run by two nodes (two engines, each with its own job
 * executor, in two Spring contexts of the application) on one PostgreSQL, against one node, in the
 * same run. Each round drives K orders (-Dbenchmark.nodeOrders, default 40) until their first tranche
 * is paid and waits for its report, with no job executor running, and moves the clock past the report
 * reminder's time; then starts the job executors of one node or of both and times until no job is due.
 * Each order then runs two jobs: the report reminder's timer, then the reminder itself (an asynchronous
 * continuation that writes the contractor's notification and a comment on the task). One node and two
 * nodes alternate in which goes first, over 3 rounds (-Dbenchmark.nodeRounds). Asserted: every job ran
 * exactly once (one successful job log per order and job, one reminder notification per order).
 */
class TwoNodesBenchmark {

  static final int ORDERS = Integer.getInteger("benchmark.nodeOrders", 40);
  static final int ROUNDS = Integer.getInteger("benchmark.nodeRounds", 3);
  static final double TARGET = 1.6;
  static final List<String> JOBS = List.of("ReminderDue", "SendReportReminder");
  static final Duration LIMIT = Duration.ofMinutes(10);

  @Test
  void jobsOfManyOrdersOnOneAndOnTwoNodes() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start();
        ConfigurableApplicationContext first = node("node1", postgres);
        ConfigurableApplicationContext second = node("node2", postgres)) {
      jobExecutor(first).shutdown();
      jobExecutor(second).shutdown();
      ProcessEngine engine = first.getBean(ProcessEngine.class);
      JdbcTemplate jdbc = new JdbcTemplate(first.getBean(DataSource.class));
      // the first order of anything fills the caches of both nodes: one warm-up run of each
      run(List.of(first, second), seed(first, 2, jdbc), jdbc, engine);

      Report report = new Report("Part 7: two nodes on one PostgreSQL")
          .paragraph(String.format("K = %d orders a run, each with its first tranche paid and its report awaited, the"
              + " clock past the report reminder's time: %d jobs a run (the reminder's timer, then the reminder, an"
              + " asynchronous continuation that the timer creates: a notification to the contractor and a comment"
              + " on the report task). One node = one engine with its job executor (2–4 threads, application.yaml); two nodes ="
              + " two such engines in two Spring contexts of the application, in one JVM, on one PostgreSQL. Time"
              + " from starting the job executors until no job is due; %d rounds, which of the two goes first"
              + " alternating. Target: two nodes ≥ %.1f× one node's jobs per second; every job exactly once.",
              ORDERS, ORDERS * JOBS.size(), ROUNDS, TARGET))
          .header("round", "nodes", "jobs", "s", "jobs/s", "failed attempts", "jobs by node", "CPU busy %");
      double[] seconds = new double[3];
      long[] jobs = new long[3];
      for (int round = 1; round <= ROUNDS; round++) {
        for (int nodes : round % 2 == 1 ? new int[] {1, 2} : new int[] {2, 1}) {
          List<String> tranches = seed(first, ORDERS, jdbc);
          List<ConfigurableApplicationContext> running = nodes == 1 ? List.of(first) : List.of(first, second);
          Run run = run(running, tranches, jdbc, engine);
          seconds[nodes] += run.seconds;
          jobs[nodes] += run.jobs;
          report.row(round, nodes, run.jobs, run.seconds, run.jobs / run.seconds, run.failed, run.byNode,
              Math.round(run.cpu * 100));
        }
      }
      double one = jobs[1] / seconds[1];
      double two = jobs[2] / seconds[2];
      report.row("**all**", 1, jobs[1], seconds[1], one, "", "", "")
          .row("**all**", 2, jobs[2], seconds[2], two, "", "", "")
          .blank().paragraph(String.format("Two nodes against one: **%s×** (target ≥ %.1f×: %s). Every job ran exactly"
              + " once (asserted).", Report.ratio(two, one), TARGET, two >= TARGET * one ? "met" : "missed"));
      report.write("7-two-nodes");
    }
  }

  /** What one run did: jobs that ran, its time, failed attempts, jobs per node, the machine's CPU busy. */
  private record Run(long jobs, double seconds, long failed, String byNode, double cpu) {
  }

  /**
   * Starts the job executors of {@code nodes}, waits until no job is due, stops them; then checks that each
   * of {@code tranches} ran each of its three jobs exactly once and paid once.
   */
  private static Run run(List<ConfigurableApplicationContext> nodes, List<String> tranches, JdbcTemplate jdbc,
      ProcessEngine engine) throws InterruptedException {
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    os.getCpuLoad();
    double cpu = 0;
    int samples = 0;
    long start = System.nanoTime();
    nodes.forEach(node -> jobExecutor(node).start());
    while (engine.getManagementService().createJobQuery().executable().count() > 0) {
      if (System.nanoTime() - start > LIMIT.toNanos()) {
        throw new IllegalStateException("jobs still due after " + LIMIT);
      }
      Thread.sleep(20);
      double load = os.getCpuLoad();
      if (load >= 0) {
        cpu += load;
        samples++;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    nodes.forEach(node -> jobExecutor(node).shutdown());

    String in = tranches.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","))
        + ") and act_id_ in (" + JOBS.stream().map(job -> "'" + job + "'").collect(Collectors.joining(","));
    List<Map<String, Object>> successes = jdbc.queryForList("select process_instance_id_ as instance, act_id_ as"
        + " activity, hostname_ as node, count(*) as runs from act_hi_job_log where job_state_ = 2 and"
        + " process_instance_id_ in (" + in + ") group by process_instance_id_, act_id_, hostname_");
    Map<String, Long> runsPerJob = new TreeMap<>();
    Map<String, Long> byNode = new TreeMap<>();
    for (Map<String, Object> row : successes) {
      long runs = ((Number) row.get("runs")).longValue();
      runsPerJob.merge(row.get("instance") + " " + row.get("activity"), runs, Long::sum);
      byNode.merge(String.valueOf(row.get("node")), runs, Long::sum);
    }
    for (String tranche : tranches) {
      for (String job : JOBS) {
        assertThat(runsPerJob.get(tranche + " " + job)).as("successful runs of %s in %s; its job log %s, its jobs %s",
            job, tranche, jdbc.queryForList("select act_id_, job_state_, job_duedate_, job_exception_msg_ from"
                + " act_hi_job_log where process_instance_id_ = ?", tranche),
            jdbc.queryForList("select type_, duedate_, retries_, handler_cfg_ from act_ru_job where process_instance_id_"
                + " = ?", tranche)).isEqualTo(1L);
      }
    }
    assertThat(runsPerJob).hasSize(tranches.size() * JOBS.size());
    String instances = tranches.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
    assertThat(jdbc.queryForObject("select count(*) from so_notification where process_instance_id in (" + instances + ")"
        + " and notification_key like 'reportReminder:%'", Long.class)).isEqualTo(tranches.size());
    long failed = jdbc.queryForObject("select count(*) from act_hi_job_log where job_state_ = 1 and"
        + " process_instance_id_ in (" + in + ")", Long.class);
    long jobs = runsPerJob.values().stream().mapToLong(Long::longValue).sum();
    String nodesText = byNode.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
    return new Run(jobs, seconds, failed, nodesText, samples == 0 ? 0 : cpu / samples);
  }

  /**
   * {@code orders} orders driven on {@code node} (its job executor stopped) until their first tranche is paid
   * and its report awaited; the clock then a minute past the report reminder's time (before the report is due).
   * Their tranches' ids.
   */
  private static List<String> seed(ConfigurableApplicationContext node, int orders, JdbcTemplate jdbc) {
    ProcessEngine engine = node.getBean(ProcessEngine.class);
    ApplicationIntake intake = node.getBean(ApplicationIntake.class);
    ProcedureClock clock = node.getBean(ProcedureClock.class);
    TrancheDriver tranches = new TrancheDriver(engine);
    List<String> ids = new ArrayList<>();
    for (int n = 0; n < orders; n++) {
      // the drivers move the clock past the application deadline and the appeal window: each order starts
      // at the same moment, so that all reach their reminder at the same time
      clock.moveTo(BenchmarkBase.TODAY.atTime(10, 0).atZone(BenchmarkBase.BISHKEK).toInstant());
      ProcessInstance order = new WholeOrder(engine, intake).runUntil(Stage.TRANCHE);
      ProcessInstance contract = engine.getRuntimeService().createProcessInstanceQuery()
          .superProcessInstanceId(order.getId()).processDefinitionKey("contract").singleResult();
      ProcessInstance tranche = engine.getRuntimeService().createProcessInstanceQuery()
          .superProcessInstanceId(contract.getId()).singleResult();
      tranches.pay(tranche, BenchmarkBase.TODAY.toString());
      ids.add(tranche.getId());
    }
    // their reminders are due together, their reports later
    Date reminder = (Date) engine.getRuntimeService().getVariable(ids.get(0), "reminderAt");
    Date due = (Date) engine.getRuntimeService().getVariable(ids.get(0), "reportDueAt");
    Instant now = reminder.toInstant().plusSeconds(60);
    assertThat(now).isBefore(due.toInstant());
    clock.moveTo(now);
    assertThat(engine.getManagementService().createJobQuery().executable().count()).isEqualTo(orders);
    return ids;
  }

  private static JobExecutor jobExecutor(ConfigurableApplicationContext node) {
    return ((ProcessEngineConfigurationImpl) node.getBean(ProcessEngine.class).getProcessEngineConfiguration())
        .getJobExecutor();
  }

  /** The application as the tests configure it, on {@code postgres}, with its job executor and a name of its own. */
  private static ConfigurableApplicationContext node(String name, EmbeddedPostgres postgres) {
    return new SpringApplicationBuilder(SocialOrderApplication.class)
        .web(WebApplicationType.NONE)
        .profiles("demo", "test")
        .initializers(context -> context.getBeanFactory().registerSingleton("withoutTestConfigurations",
            new WithoutTestConfigurations()))
        .run("--spring.datasource.url=" + postgres.jdbcUrl(),
            "--spring.datasource.username=" + postgres.username(),
            "--camunda.bpm.job-execution.enabled=true",
            "--camunda.bpm.process-engine-name=" + name,
            "--camunda.bpm.generic-properties.properties.hostname=" + name,
            "--spring.jmx.enabled=false");
  }

  /**
   * Outside a test context nothing keeps the tests' own configurations (the benchmark's statement counter,
   * the coverage settings) out of component scanning; a node runs the application as the tests do.
   */
  static final class WithoutTestConfigurations extends TypeExcludeFilter {
    @Override
    public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
      return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof WithoutTestConfigurations;
    }

    @Override
    public int hashCode() {
      return WithoutTestConfigurations.class.hashCode();
    }
  }
}
