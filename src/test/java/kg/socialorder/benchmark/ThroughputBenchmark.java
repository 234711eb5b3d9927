package kg.socialorder.benchmark;

import java.util.List;
import java.util.Map;
import kg.socialorder.benchmark.StepMeter.Kind;
import kg.socialorder.benchmark.StepMeter.Step;
import org.junit.jupiter.api.Test;

/**
 * Part 2: user tasks per second through whole social orders against a bare process with as many user
 * tasks, in the same run, interleaved so that a noisy neighbour slows both alike. Subclasses run it on
 * H2 and on PostgreSQL. K is {@code -Dbenchmark.orders} (default 10).
 */
abstract class ThroughputBenchmark extends BenchmarkBase {

  static final double TARGET = 0.6;
  static final int ORDERS = Integer.getInteger("benchmark.orders", 10);
  static final int ROUNDS = 3;

  @Test
  void tasksPerSecond() {
    // one warm-up order tells how many user tasks a whole order has; the bare process gets as many
    // and what each of them submits: the bare process's n-th task is completed with the same values
    new WholeOrder(engine, intake).run();
    List<Map<String, Object>> submitted = RoundTripBenchmark.submitted(StepMeter.drain());
    int tasksPerOrder = submitted.size();
    BareProcess bare = BareProcess.deploy(engine, tasksPerOrder);
    bare.runThrough(WholeOrder.MUNICIPALITY, submitted);
    StepMeter.drain();

    Report report = new Report("Part 2: throughput against the bare engine (" + database() + ")")
        .paragraph(String.format("K = %d complete social orders (%d user tasks each, completed through the engine"
            + " API with valid data, every job and timer run as it falls due) and K instances of a bare process with"
            + " %d user tasks in sequence, the n-th completed with the values our n-th form submitted (the same"
            + " names, types and values), in %d interleaved rounds. Tasks per second = user tasks completed ÷ wall"
            + " time of the whole run (jobs included for our orders). Target: ratio ≥ %.1f.", ORDERS, tasksPerOrder,
            tasksPerOrder, ROUNDS, TARGET))
        .header("round", "our tasks", "our s", "our tasks/s", "bare tasks", "bare s", "bare tasks/s", "ratio");
    long ourTasks = 0;
    long bareTasks = 0;
    long ourNanos = 0;
    long bareNanos = 0;
    for (int round = 1; round <= ROUNDS; round++) {
      long roundOurTasks = 0;
      long roundBareTasks = 0;
      long roundOurNanos = 0;
      long roundBareNanos = 0;
      for (int k = 0; k < ORDERS; k++) {
        long start = System.nanoTime();
        new WholeOrder(engine, intake).run();
        roundOurNanos += System.nanoTime() - start;
        List<Step> steps = StepMeter.drain();
        roundOurTasks += steps.stream().filter(s -> s.kind() == Kind.COMPLETE).count();
        start = System.nanoTime();
        roundBareTasks += bare.runThrough(WholeOrder.MUNICIPALITY, submitted);
        roundBareNanos += System.nanoTime() - start;
        StepMeter.drain();
      }
      double ours = roundOurTasks / (roundOurNanos / 1e9);
      double theirs = roundBareTasks / (roundBareNanos / 1e9);
      report.row(round, roundOurTasks, roundOurNanos / 1e9, ours, roundBareTasks, roundBareNanos / 1e9, theirs,
          Report.ratio(ours, theirs));
      ourTasks += roundOurTasks;
      bareTasks += roundBareTasks;
      ourNanos += roundOurNanos;
      bareNanos += roundBareNanos;
    }
    double ours = ourTasks / (ourNanos / 1e9);
    double theirs = bareTasks / (bareNanos / 1e9);
    report.row("**all**", ourTasks, ourNanos / 1e9, ours, bareTasks, bareNanos / 1e9, theirs,
        "**" + Report.ratio(ours, theirs) + "**");
    report.blank().paragraph(ours / theirs >= TARGET ? "Target met." : "Target missed: see part 1 for where the"
        + " statements go beyond the bare process storing the same values (its whole-order table).");
    report.write("2-throughput-" + database().toLowerCase());
  }
}
