package kg.socialorder.benchmark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import kg.socialorder.benchmark.StepMeter.Kind;
import kg.socialorder.benchmark.StepMeter.Step;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * Part 1: the database statements and commits of every step of our processes, against the same
 * transition in a bare process on the same engine. Counts, not times: exact on any machine.
 */
class RoundTripBenchmark extends BenchmarkBase {

  static final double TARGET = 1.2;

  @Test
  void statementsPerStep() {
    BareProcess bare = BareProcess.deploy(engine, 2);
    // the first run of anything reads definitions into the engine's caches; a warm engine is measured
    bare.runThrough(WholeOrder.MUNICIPALITY);
    new WholeOrder(engine, intake).run();
    StepMeter.drain();

    ProcessInstance bareInstance = bare.start(WholeOrder.MUNICIPALITY);
    bare.completeNext(bareInstance);
    bare.completeNext(bareInstance);
    List<Step> bareSteps = StepMeter.drain();
    Step bareStart = bareSteps.get(0);
    Step bareNext = bareSteps.get(1);
    Step bareEnd = bareSteps.get(2);

    ProcessInstance order = new WholeOrder(engine, intake).run();
    List<Step> ours = StepMeter.drain();

    Report report = new Report("Part 1: database round trips per step (" + database() + ")")
        .paragraph("Statements (each entry of a JDBC batch counts as one) and commits per step, counted by a"
            + " wrapper around the DataSource, for one complete social order (one theme, two applications,"
            + " three commission members, two tranches). A step is one engine command: a user-task completion"
            + " with the variables its form submits, with everything that runs up to the next wait state; a job"
            + " (asynchronous continuation or timer); a start. The baseline is the same transition in a bare"
            + " process (start → user task → user task → end) on the same engine: user-task completion"
            + " → next user task = " + bareNext.counts().statements + " statements, "
            + bareNext.counts().commits + " commit; → end = " + bareEnd.counts().statements + "; start = "
            + bareStart.counts().statements + ". Target: every user-task completion ≤ " + TARGET + "× the bare"
            + " completion. Where a step runs more than once in the order (scoring, tranches), the figures are"
            + " the mean.")
        .paragraph("A completion stores the variables its form submits, which the bare completion does not: each"
            + " variable costs the engine a runtime row, a history row and a history detail (and two byte arrays"
            + " when it is JSON), whatever the process. So a second baseline completes the bare task with exactly"
            + " the variables our step submitted: the last two columns show what our process adds beyond storing"
            + " the form's data (listeners, delegates, our tables, call activities, the next task).")
        .header("step", "kind", "runs", "statements", "commits", "bare statements", "ratio", "≤ 1.2×",
            "bare with same variables", "ratio to it");
    Map<String, List<Step>> byStep = new LinkedHashMap<>();
    ours.forEach(step -> byStep.computeIfAbsent(step.kind() + " " + step.name(), k -> new ArrayList<>()).add(step));
    int completions = 0;
    int met = 0;
    for (List<Step> runs : byStep.values()) {
      Step first = runs.get(0);
      double statements = runs.stream().mapToLong(s -> s.counts().statements).average().orElse(0);
      double commits = runs.stream().mapToLong(s -> s.counts().commits).average().orElse(0);
      Step baseline = first.kind() == Kind.START ? bareStart : bareNext;
      double ratio = statements / baseline.counts().statements;
      String verdict = "–";
      if (first.kind() == Kind.COMPLETE) {
        completions++;
        verdict = ratio <= TARGET ? "yes" : "no";
        met += ratio <= TARGET ? 1 : 0;
      }
      String sameVariables = "–";
      String sameRatio = "–";
      if (first.kind() == Kind.COMPLETE) {
        long withVariables = bareWithVariables(bare, first);
        sameVariables = String.valueOf(withVariables);
        sameRatio = Report.ratio(statements, withVariables);
      }
      report.row(first.name(), first.kind().name().toLowerCase(), runs.size(), statements, commits,
          baseline.counts().statements, Report.ratio(statements, baseline.counts().statements), verdict,
          sameVariables, sameRatio);
    }
    StepMeter.drain();
    long total = ours.stream().mapToLong(s -> s.counts().statements).sum();
    report.blank().paragraph(String.format("Whole order: %d steps, %d statements, %d commits. User-task completions"
        + " within the target: %d of %d.", ours.size(), total, ours.stream().mapToLong(s -> s.counts().commits).sum(),
        met, completions));
    variables(report, order);

    // where they go: the statements of the costliest completions, by kind, next to the bare completion's
    List<Step> costliest = ours.stream().filter(s -> s.kind() == Kind.COMPLETE)
        .sorted(Comparator.comparingLong((Step s) -> s.counts().statements).reversed()).limit(3).toList();
    List<Step> shown = new ArrayList<>(List.of(bareNext));
    shown.addAll(costliest);
    Set<String> kinds = new TreeSet<>();
    shown.forEach(s -> kinds.addAll(s.counts().byKind.keySet()));
    List<String> columns = new ArrayList<>(List.of("statement"));
    columns.add("bare completion");
    costliest.forEach(s -> columns.add(s.activity()));
    report.paragraph("Where the statements go: the three costliest completions by kind of statement, next to"
        + " the bare completion.").header(columns.toArray(String[]::new));
    for (String kind : kinds) {
      List<Object> cells = new ArrayList<>(List.of(kind));
      shown.forEach(s -> cells.add(s.counts().byKind.getOrDefault(kind, 0L)));
      report.row(cells.toArray());
    }
    report.blank().paragraph("All statements of the whole order by kind (top 25):").header("statement", "count");
    Map<String, Long> all = new TreeMap<>();
    ours.forEach(s -> s.counts().byKind.forEach((k, v) -> all.merge(k, v, Long::sum)));
    all.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(25)
        .forEach(e -> report.row(e.getKey(), e.getValue()));
    report.write("1-round-trips");
  }

  /**
   * The variable instances the whole order kept, as its history has them, per process: each one cost a
   * runtime row, a history row, a history detail per value and, for JSON, byte arrays.
   */
  private void variables(Report report, ProcessInstance order) {
    List<HistoricProcessInstance> instances = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .rootProcessInstanceId(order.getId()).list();
    Map<String, String> processOf = new HashMap<>();
    instances.forEach(instance -> processOf.put(instance.getId(), instance.getProcessDefinitionKey()));
    List<HistoricVariableInstance> variables = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceIdIn(processOf.keySet().toArray(String[]::new)).disableBinaryFetching()
        .disableCustomObjectDeserialization().list();
    report.paragraph(String.format("Variable instances of the whole order: %d, of them %d a task's own (task-local)."
            + " Per process:", variables.size(), variables.stream().filter(v -> v.getTaskId() != null).count()))
        .header("process", "instances", "variable instances", "task-local");
    Map<String, List<HistoricVariableInstance>> byProcess = new TreeMap<>();
    variables.forEach(v -> byProcess.computeIfAbsent(processOf.get(v.getProcessInstanceId()), k -> new ArrayList<>()).add(v));
    byProcess.forEach((process, ofProcess) -> report.row(process,
        processOf.values().stream().filter(process::equals).count(), ofProcess.size(),
        ofProcess.stream().filter(v -> v.getTaskId() != null).count()));
    report.blank();
  }

  /** The statements of a bare completion → next user task that submits what {@code step} submitted. */
  private long bareWithVariables(BareProcess bare, Step step) {
    ProcessInstance instance = bare.start(WholeOrder.MUNICIPALITY);
    StepMeter.drain();
    bare.completeNext(instance, step.submitted());
    return StepMeter.drain().get(0).counts().statements;
  }
}
