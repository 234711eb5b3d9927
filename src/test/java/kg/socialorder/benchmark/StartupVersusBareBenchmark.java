package kg.socialorder.benchmark;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kg.socialorder.SocialOrderApplication;
import kg.socialorder.benchmark.bare.BareCamundaApplication;
import kg.socialorder.support.TempFiles;
import org.junit.jupiter.api.Test;

/**
 * Part 6: start-up against a bare Camunda Spring Boot application with the webapps, measured in the
 * same run, launched the same way ({@code java -cp … Main} on the libraries the application ships, a fresh
 * working directory each, where each keeps its H2 file under {@code ./data} with the same options,
 * {@code docker/jvm.options}), alternating bare and ours so that whatever else runs on
 * the machine weighs on both alike. Start-up: seconds until Tasklist answers 200. Memory: VmRSS of ours
 * once its demo data are loaded ({@code /actuator/health} 200, {@code demoData} UP), of the bare one
 * when Tasklist answers. Targets: ratio of the medians ≤ 1.15; ours ≤ 1.1 × bare + 100 MB.
 */
class StartupVersusBareBenchmark {

  static final double TARGET_RATIO = 1.15;
  static final int ROUNDS = Integer.getInteger("benchmark.startupRounds", 5);
  static final Path RUNTIME_CLASSPATH = Path.of("target", "benchmark", "runtime-classpath.txt");

  @Test
  void startUpAgainstABareCamundaApplication() throws Exception {
    // both see the libraries the application ships (the benchmark profile writes their list), not the
    // tests' classpath; the bare application gets none of the project's classes or settings
    String libraries = Files.readString(RUNTIME_CLASSPATH).strip();
    String classPath = Path.of("target", "classes").toAbsolutePath() + File.pathSeparator + libraries;
    String bareClassPath = Path.of("target", "test-classes").toAbsolutePath() + File.pathSeparator + libraries;
    List<double[]> bare = new ArrayList<>();
    List<double[]> ours = new ArrayList<>();
    for (int round = 0; round <= ROUNDS; round++) {
      double[] b = launch(bareClassPath, BareCamundaApplication.class.getName(), List.of("--spring.config.name=bare"),
          false);
      double[] o = launch(classPath, SocialOrderApplication.class.getName(), List.of(), true);
      // round 0 warms the file cache and is not counted
      if (round > 0) {
        bare.add(b);
        ours.add(o);
      }
    }
    double bareSeconds = median(bare, 0);
    double ourSeconds = median(ours, 0);
    double bareMb = median(bare, 1);
    double ourMb = median(ours, 2);
    Report report = new Report("Part 6: start-up against a bare Camunda Spring Boot application")
        .paragraph("Both launched as `java @docker/jvm.options -cp <the libraries the jar ships> <main class>` in a fresh"
            + " working directory each (its H2 file under ./data), alternating, " + ROUNDS
            + " rounds after one that warms the file cache. Bare: Camunda's"
            + " starters with the webapps and REST API, an administrator, authorization and full history, nothing"
            + " else (`benchmark/bare/BareCamundaApplication`, `bare.yaml`). Ours: profile demo, which also creates"
            + " the demo users and loads the five real cases after start. Seconds until GET /camunda/app/tasklist/"
            + " answers 200; VmRSS of the bare one then, and of ours once `demoData` is UP.")
        .header("round", "bare s", "ours s", "ours / bare", "ours s to demo data", "bare RSS MB",
            "ours RSS MB at Tasklist", "ours RSS MB (demo data in)");
    List<double[]> ratios = new ArrayList<>();
    for (int i = 0; i < ours.size(); i++) {
      double ratio = ours.get(i)[0] / bare.get(i)[0];
      ratios.add(new double[] {ratio});
      report.row(i + 1, bare.get(i)[0], ours.get(i)[0], ratio, ours.get(i)[3], (long) bare.get(i)[1],
          (long) ours.get(i)[1], (long) ours.get(i)[2]);
    }
    report.blank().paragraph(String.format("Medians: start-up %.1f s against %.1f s, ratio %.2f (target ≤ %.2f: %s); memory"
                + " %d MB against %d MB, limit 1.1 × %d + 100 = %d MB (%s).", ourSeconds, bareSeconds,
            ourSeconds / bareSeconds, TARGET_RATIO, ourSeconds / bareSeconds <= TARGET_RATIO ? "met" : "not met",
            (long) ourMb, (long) bareMb, (long) bareMb, (long) (1.1 * bareMb + 100),
            ourMb <= 1.1 * bareMb + 100 ? "met" : "not met"))
        // the two of a round are launched one after the other: their ratio leaves out how fast the
        // machine was in that minute, which on a shared VM moves either median by more than the target's margin
        .paragraph(String.format("Median of the rounds' own ratios: %.2f (%d rounds).", median(ratios, 0),
            ratios.size()))
        .write("6-startup-against-bare");
  }

  /** Seconds to Tasklist, RSS MB then, RSS MB once the demo data are in, seconds to the demo data. */
  private static double[] launch(String classPath, String main, List<String> arguments, boolean demoData)
      throws Exception {
    Path data = Files.createTempDirectory("social-order-bare-");
    int port = StartupBenchmark.freePort();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "@" + StartupBenchmark.JVM_OPTIONS.toAbsolutePath(), "-cp", classPath, main, "--server.port=" + port));
    command.addAll(arguments);
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).directory(data.toFile())
        .redirectOutput(data.resolve("out.log").toFile()).redirectErrorStream(true).start();
    try {
      double seconds = StartupBenchmark.waitForTasklist(process, port, start);
      long rss = StartupBenchmark.rssKb(process.pid()) / 1024;
      double ready = demoData ? waitForHealth(port, start) : seconds;
      long rssReady = demoData ? StartupBenchmark.rssKb(process.pid()) / 1024 : rss;
      return new double[] {seconds, rss, rssReady, ready};
    } finally {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
      TempFiles.deleteRecursively(data);
    }
  }

  private static double waitForHealth(int port, long start) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
        .timeout(Duration.ofSeconds(5)).build();
    while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(240)) {
      if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
        return (System.nanoTime() - start) / 1e9;
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("The demo data were not loaded within 240 s");
  }

  private static double median(List<double[]> runs, int column) {
    double[] values = runs.stream().mapToDouble(run -> run[column]).sorted().toArray();
    return values.length % 2 == 1 ? values[values.length / 2]
        : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
  }
}
