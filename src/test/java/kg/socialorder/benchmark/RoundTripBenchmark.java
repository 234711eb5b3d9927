package kg.socialorder.benchmark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import kg.socialorder.benchmark.StepMeter.Kind;
import kg.socialorder.benchmark.StepMeter.Step;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * Part 1: the database statements and commits of every step of our processes, against a bare process
 * on the same engine that completes its tasks with the very values our forms submitted. Counts, not
 * times: exact on any machine.
 */
class RoundTripBenchmark extends BenchmarkBase {

  static final double STEP_TARGET = 1.2;
  static final double ORDER_TARGET = 1.5;
  static final List<String> AREAS = List.of("variables", "executions", "tasks", "job", "decisions", "definitions",
      "ours", "other");

  @Test
  void statementsPerStep() {
    // the first run of anything reads definitions into the engine's caches; a warm engine is measured
    new WholeOrder(engine, intake).run();
    List<Map<String, Object>> submitted = submitted(StepMeter.drain());
    BareProcess single = BareProcess.deploy(engine, 2);
    BareProcess whole = BareProcess.deploy(engine, submitted.size());
    whole.runThrough(WholeOrder.MUNICIPALITY, submitted);
    single.runThrough(WholeOrder.MUNICIPALITY);
    StepMeter.drain();

    ProcessInstance order = new WholeOrder(engine, intake).run();
    List<Step> ours = StepMeter.drain();
    whole.runThrough(WholeOrder.MUNICIPALITY, submitted(ours));
    List<Step> bareOrder = StepMeter.drain();

    Report report = new Report("Part 1: database round trips per step (" + database() + ")")
        .paragraph("Statements (each entry of a JDBC batch counts as one) and commits per step, counted by a"
            + " wrapper around the DataSource, for one complete social order (one theme, two applications,"
            + " three commission members, two tranches). A step is one engine command: a user-task completion"
            + " with the variables its form submits, with everything that runs up to the next wait state; a job"
            + " (asynchronous continuation or timer); a start. Where a step runs more than once in the order"
            + " (scoring, tranches), the figures are the mean.")
        .paragraph("Baseline of a completion: a bare process (start → user task → user task → end, nothing of"
            + " ours in it, the same engine, tenant and candidate group) whose first task is completed with"
            + " exactly the variables our step submitted (the same names, types and values), measured in the"
            + " same run. Target: every user-task completion, hand-overs from one process to the next included,"
            + " ≤ " + STEP_TARGET + "× it. Where a step misses it, the last columns say where its extra statements"
            + " go (ours − bare, by what the statement is for: variables = runtime and history rows, details and"
            + " byte arrays; executions = the instance tree and activity history; tasks = task, candidates,"
            + " authorization, people; job = jobs, job definitions, job log; ours = the so_* tables).");
    List<String> columns = new ArrayList<>(List.of("step", "kind", "runs", "statements", "commits",
        "bare, same values", "ratio", "≤ 1.2×"));
    AREAS.forEach(area -> columns.add("+" + area));
    report.header(columns.toArray(String[]::new));
    Map<String, List<Step>> byStep = new LinkedHashMap<>();
    ours.forEach(step -> byStep.computeIfAbsent(step.kind() + " " + step.name(), k -> new ArrayList<>()).add(step));
    int completions = 0;
    int met = 0;
    Map<String, Long> bareTotals = new TreeMap<>();
    long bareStatements = 0;
    for (List<Step> runs : byStep.values()) {
      Step first = runs.get(0);
      double statements = mean(runs, s -> s.counts().statements);
      double commits = mean(runs, s -> s.counts().commits);
      List<Object> cells = new ArrayList<>(List.of(first.name(), first.kind().name().toLowerCase(), runs.size(),
          statements, commits));
      if (first.kind() != Kind.COMPLETE) {
        cells.addAll(List.of("–", "–", "–"));
        AREAS.forEach(area -> cells.add("–"));
        report.row(cells.toArray());
        continue;
      }
      List<StatementCounter.Counts> baselines = new ArrayList<>();
      runs.forEach(run -> baselines.add(bareWithVariables(single, run)));
      double bare = baselines.stream().mapToLong(c -> c.statements).average().orElse(0);
      boolean within = statements <= STEP_TARGET * bare;
      completions++;
      met += within ? 1 : 0;
      cells.addAll(List.of(bare, Report.ratio(statements, bare), within ? "yes" : "no"));
      Map<String, Double> oursByArea = meanByArea(runs.stream().map(Step::counts).toList());
      Map<String, Double> bareByArea = meanByArea(baselines);
      AREAS.forEach(area -> cells.add(within ? "" : String.format(Locale.ROOT, "%+.0f",
          oursByArea.getOrDefault(area, 0.0) - bareByArea.getOrDefault(area, 0.0))));
      report.row(cells.toArray());
    }
    report.blank().paragraph(String.format("User-task completions within %.1f× their same-values bare completion:"
        + " %d of %d.", STEP_TARGET, met, completions));

    wholeOrder(report, ours, bareOrder);
    jobs(report, ours);
    variables(report, order, ours);
    costliest(report, single, ours);
    report.write("1-round-trips");
  }

  /**
   * The whole order against a bare process with as many user tasks, each completed with the values of our
   * completion at the same place in the order: what the engine costs to store what people submitted.
   */
  private void wholeOrder(Report report, List<Step> ours, List<Step> bare) {
    StatementCounter.Counts our = total(ours);
    StatementCounter.Counts theirs = total(bare);
    long ourTasks = ours.stream().filter(s -> s.kind() == Kind.COMPLETE).count();
    report.paragraph(String.format("Whole order against a bare process of %d user tasks in sequence, the n-th"
            + " completed with the values of our n-th completion (the same names, types and values; a start"
            + " with the municipality). Rows written = insert, update and delete statements (each writes one"
            + " row). Target: statements ≤ %.1f×.", ourTasks, ORDER_TARGET))
        .header("measure", "ours", "bare, same values", "ratio")
        .row("steps (commands)", ours.size(), bare.size(), Report.ratio(ours.size(), bare.size()))
        .row("statements", our.statements, theirs.statements, "**" + Report.ratio(our.statements, theirs.statements)
            + "**" + (our.statements <= ORDER_TARGET * theirs.statements ? " (met)" : " (missed)"))
        .row("round trips (a batch is one)", our.roundTrips, theirs.roundTrips,
            Report.ratio(our.roundTrips, theirs.roundTrips))
        .row("commits", our.commits, theirs.commits, Report.ratio(our.commits, theirs.commits))
        .row("rows written", written(our, ""), written(theirs, ""), Report.ratio(written(our, ""), written(theirs, "")))
        .row("… inserted", written(our, "insert "), written(theirs, "insert "),
            Report.ratio(written(our, "insert "), written(theirs, "insert ")))
        .row("… updated", written(our, "update "), written(theirs, "update "),
            Report.ratio(written(our, "update "), written(theirs, "update ")))
        .row("… deleted", written(our, "delete "), written(theirs, "delete "),
            Report.ratio(written(our, "delete "), written(theirs, "delete ")));
    Map<String, Long> ourAreas = byArea(our);
    Map<String, Long> bareAreas = byArea(theirs);
    AREAS.forEach(area -> report.row("statements: " + area, ourAreas.getOrDefault(area, 0L),
        bareAreas.getOrDefault(area, 0L), Report.ratio(ourAreas.getOrDefault(area, 0L),
            bareAreas.getOrDefault(area, 0L))));
    report.blank().paragraph("All statements of the whole order by kind (top 30), ours and the bare order's:")
        .header("statement", "ours", "bare, same values");
    our.byKind.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(30)
        .forEach(e -> report.row(e.getKey(), e.getValue(), theirs.byKind.getOrDefault(e.getKey(), 0L)));
    report.blank();
  }

  /**
   * Item by item, what a job costs: every asynchronous continuation (Camunda's "message" job) and timer of
   * the order, with its statements on the job itself (its row, its definition, its log), on the variables
   * it reads and writes, and on the rest. A message correlation is no job (the caller's command runs it);
   * the order files no appeal, so it has none.
   */
  private void jobs(Report report, List<Step> ours) {
    report.paragraph("Jobs: where each job's statements go (mean per run). Job = select/delete act_ru_job,"
            + " select act_ru_jobdef, insert act_hi_job_log (the job log keeps a row when a job is created and"
            + " one when it ran); variables read = select act_ru_variable and act_ge_bytearray; variables written"
            + " = insert/update/delete of runtime and history variable rows, details, byte arrays.")
        .header("job", "kind", "runs", "statements", "act_ru_job", "act_ru_jobdef", "act_hi_job_log",
            "variables read", "variables written", "executions", "tasks", "ours", "other");
    Map<String, List<Step>> byJob = new LinkedHashMap<>();
    ours.stream().filter(s -> s.kind() == Kind.JOB)
        .forEach(step -> byJob.computeIfAbsent(step.name(), k -> new ArrayList<>()).add(step));
    Map<String, double[]> perKind = new TreeMap<>();
    byJob.forEach((name, runs) -> {
      String kind = runs.get(0).activity().startsWith("timer") ? "timer" : "async continuation";
      double[] figures = {
          mean(runs, s -> s.counts().statements),
          mean(runs, s -> table(s.counts(), "act_ru_job", null)),
          mean(runs, s -> table(s.counts(), "act_ru_jobdef", null)),
          mean(runs, s -> table(s.counts(), "act_hi_job_log", null)),
          mean(runs, s -> table(s.counts(), "act_ru_variable", "select ") + table(s.counts(), "act_ge_bytearray", "select ")),
          mean(runs, s -> areaWrites(s.counts(), "variables")),
          mean(runs, s -> byArea(s.counts()).getOrDefault("executions", 0L)),
          mean(runs, s -> byArea(s.counts()).getOrDefault("tasks", 0L)),
          mean(runs, s -> byArea(s.counts()).getOrDefault("ours", 0L))};
      double other = figures[0] - figures[1] - figures[2] - figures[3] - figures[4] - figures[5] - figures[6]
          - figures[7] - figures[8];
      List<Object> cells = new ArrayList<>(List.of(name, kind, runs.size()));
      for (double figure : figures) {
        cells.add(figure);
      }
      cells.add(other);
      report.row(cells.toArray());
      double[] sum = perKind.computeIfAbsent(kind, k -> new double[figures.length + 2]);
      for (int i = 0; i < figures.length; i++) {
        sum[i] += figures[i] * runs.size();
      }
      sum[figures.length] += other * runs.size();
      sum[figures.length + 1] += runs.size();
    });
    perKind.forEach((kind, sum) -> {
      List<Object> cells = new ArrayList<>(List.of("**all " + kind + "s**", kind, (long) sum[sum.length - 1]));
      for (int i = 0; i < sum.length - 1; i++) {
        cells.add((long) sum[i]);
      }
      report.row(cells.toArray());
    });
    report.blank();
  }

  /** The three costliest completions by kind of statement, next to their same-values bare completions. */
  private void costliest(Report report, BareProcess single, List<Step> ours) {
    List<Step> costliest = ours.stream().filter(s -> s.kind() == Kind.COMPLETE)
        .sorted(Comparator.comparingLong((Step s) -> s.counts().statements).reversed()).limit(3).toList();
    List<StatementCounter.Counts> shown = new ArrayList<>();
    List<String> columns = new ArrayList<>(List.of("statement"));
    for (Step step : costliest) {
      shown.add(step.counts());
      shown.add(bareWithVariables(single, step));
      columns.add(step.activity());
      columns.add("bare, same values");
    }
    Set<String> kinds = new TreeSet<>();
    shown.forEach(c -> kinds.addAll(c.byKind.keySet()));
    report.paragraph("Where the statements go: the three costliest completions by kind of statement, each next to"
        + " its bare completion with the same values.").header(columns.toArray(String[]::new));
    for (String kind : kinds) {
      List<Object> cells = new ArrayList<>(List.of(kind));
      shown.forEach(c -> cells.add(c.byKind.getOrDefault(kind, 0L)));
      report.row(cells.toArray());
    }
    report.blank();
  }

  /**
   * The variable instances the whole order kept, as its history has them, per process: each one cost a
   * runtime row, a history row and, for JSON, byte arrays.
   */
  private void variables(Report report, ProcessInstance order, List<Step> ours) {
    Set<String> submittedNames = new TreeSet<>();
    submitted(ours).forEach(values -> submittedNames.addAll(values.keySet()));
    List<HistoricProcessInstance> instances = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .rootProcessInstanceId(order.getId()).list();
    Map<String, String> processOf = new HashMap<>();
    instances.forEach(instance -> processOf.put(instance.getId(), instance.getProcessDefinitionKey()));
    List<HistoricVariableInstance> variables = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceIdIn(processOf.keySet().toArray(String[]::new)).disableBinaryFetching()
        .disableCustomObjectDeserialization().list();
    report.paragraph(String.format("Variable instances of the whole order: %d, of them %d a task's own (task-local)."
            + " Per process:", variables.size(), variables.stream().filter(v -> v.getTaskId() != null).count()))
        .header("process", "instances", "variable instances", "task-local", "names no form submitted");
    Map<String, List<HistoricVariableInstance>> byProcess = new TreeMap<>();
    variables.forEach(v -> byProcess.computeIfAbsent(processOf.get(v.getProcessInstanceId()), k -> new ArrayList<>()).add(v));
    byProcess.forEach((process, ofProcess) -> report.row(process,
        processOf.values().stream().filter(process::equals).count(), ofProcess.size(),
        ofProcess.stream().filter(v -> v.getTaskId() != null).count(),
        String.join(", ", ofProcess.stream().map(HistoricVariableInstance::getName)
            .filter(name -> !submittedNames.contains(name)).collect(Collectors.toCollection(TreeSet::new)))));
    report.blank();
  }

  /** The counts of a bare completion → next user task that submits what {@code step} submitted. */
  private StatementCounter.Counts bareWithVariables(BareProcess bare, Step step) {
    ProcessInstance instance = bare.start(WholeOrder.MUNICIPALITY);
    StepMeter.drain();
    bare.completeNext(instance, step.submitted());
    StatementCounter.Counts counts = StepMeter.drain().get(0).counts();
    bare.completeNext(instance);
    StepMeter.drain();
    return counts;
  }

  /** What each user-task completion submitted, in the order's order. */
  static List<Map<String, Object>> submitted(List<Step> steps) {
    return steps.stream().filter(s -> s.kind() == Kind.COMPLETE).map(Step::submitted).toList();
  }

  static StatementCounter.Counts total(List<Step> steps) {
    StatementCounter.Counts total = new StatementCounter.Counts();
    for (Step step : steps) {
      total.statements += step.counts().statements;
      total.roundTrips += step.counts().roundTrips;
      total.commits += step.counts().commits;
      step.counts().byKind.forEach((kind, n) -> total.byKind.merge(kind, n, Long::sum));
    }
    return total;
  }

  /** Rows written: statements whose kind starts with {@code verb} ("" for every insert, update and delete). */
  static long written(StatementCounter.Counts counts, String verb) {
    return counts.byKind.entrySet().stream().filter(e -> StatementCounter.writes(e.getKey()))
        .filter(e -> e.getKey().startsWith(verb)).mapToLong(Map.Entry::getValue).sum();
  }

  private static Map<String, Long> byArea(StatementCounter.Counts counts) {
    Map<String, Long> areas = new TreeMap<>();
    counts.byKind.forEach((kind, n) -> areas.merge(StatementCounter.area(kind), n, Long::sum));
    return areas;
  }

  private static Map<String, Double> meanByArea(List<StatementCounter.Counts> runs) {
    Map<String, Double> areas = new TreeMap<>();
    runs.forEach(c -> byArea(c).forEach((area, n) -> areas.merge(area, (double) n / runs.size(), Double::sum)));
    return areas;
  }

  private static long areaWrites(StatementCounter.Counts counts, String area) {
    return counts.byKind.entrySet().stream()
        .filter(e -> StatementCounter.writes(e.getKey()) && StatementCounter.area(e.getKey()).equals(area))
        .mapToLong(Map.Entry::getValue).sum();
  }

  /** Statements on {@code table}, of one verb ("select ") or all ({@code null}). */
  private static long table(StatementCounter.Counts counts, String table, String verb) {
    return counts.byKind.entrySet().stream().filter(e -> e.getKey().endsWith(" " + table))
        .filter(e -> verb == null || e.getKey().startsWith(verb)).mapToLong(Map.Entry::getValue).sum();
  }

  private static double mean(List<Step> runs, ToLongFunction<Step> figure) {
    return runs.stream().mapToLong(figure).average().orElse(0);
  }
}
