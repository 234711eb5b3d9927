package kg.socialorder.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kg.socialorder.support.TempFiles;
import org.junit.jupiter.api.Test;

/**
 * Part 4: the fat jar as it ships, launched with {@code java -jar} on a fresh H2 directory: seconds
 * from launch until Tasklist answers 200, and the resident memory (VmRSS) of the process then and
 * after a few requests. Three launches after one to warm the file cache; the jar is the one
 * {@code package} just built.
 */
class StartupBenchmark {

  static final double TARGET_SECONDS = 12;
  static final long TARGET_MB = 600;
  static final int LAUNCHES = 3;
  static final Path JVM_OPTIONS = Path.of("docker/jvm.options");

  @Test
  void launchUntilTasklistAnswers() throws Exception {
    Path jar;
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      jar = files.filter(p -> p.getFileName().toString().matches("social-order-.*\\.jar"))
          .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
          .max(Comparator.comparing(p -> p.toFile().lastModified()))
          .orElseThrow(() -> new IllegalStateException("No target/social-order-*.jar: run ./mvnw -Pbenchmark verify"));
    }
    Report report = new Report("Part 4: start-up of the fat jar on H2")
        .paragraph("`java -jar " + jar.getFileName() + "` (profile demo: demo users created at start, real cases"
            + " loaded after start) on a fresh H2 directory, first with no JVM options (before), then with"
            + " `@docker/jvm.options` as the Docker image runs it (after), three launches each after one that warms"
            + " the OS file cache (shown, not judged); seconds until GET /camunda/app/tasklist/"
            + " answers 200, and VmRSS from /proc/<pid>/status at that moment. Targets: ≤ "
            + (int) TARGET_SECONDS + " s and ≤ " + TARGET_MB + " MB.")
        .header("JVM options", "launch", "seconds to Tasklist", "RSS MB", "≤ 12 s", "≤ 600 MB");
    for (List<String> options : List.of(List.<String>of(), List.of("@" + JVM_OPTIONS.toAbsolutePath()))) {
      launch(jar, options, report);
    }
    report.write("4-startup");
  }

  private static void launch(Path jar, List<String> options, Report report) throws Exception {
    // launch 0 warms the OS file cache, which the parts before this one fill with their databases; it is
    // shown, not judged
    for (int launch = options.isEmpty() ? 0 : 1; launch <= LAUNCHES; launch++) {
      Path data = Files.createTempDirectory("social-order-startup-");
      int port = freePort();
      List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
      command.addAll(options);
      // a fresh working directory: the application's own database settings, its H2 file under ./data
      command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + port));
      long start = System.nanoTime();
      Process process = new ProcessBuilder(command).directory(data.toFile())
          .redirectOutput(data.resolve("out.log").toFile()).redirectErrorStream(true).start();
      try {
        double seconds = waitForTasklist(process, port, start);
        long rssMb = rssKb(process.pid()) / 1024;
        boolean judged = launch > 0;
        report.row(options.isEmpty() ? "none" : "docker/jvm.options", judged ? launch : "warm-up", seconds, rssMb,
            !judged ? "–" : seconds <= TARGET_SECONDS ? "yes" : "no",
            !judged ? "–" : rssMb <= TARGET_MB ? "yes" : "no");
      } finally {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
        TempFiles.deleteRecursively(data);
      }
    }
  }

  static double waitForTasklist(Process process, int port, long start) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1))
        // Tasklist answers /camunda/app/tasklist/ with a redirect to its engine's page
        .followRedirects(HttpClient.Redirect.NORMAL).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/app/tasklist/"))
        .timeout(Duration.ofSeconds(5)).build();
    while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(180)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The application stopped with " + process.exitValue());
      }
      try {
        if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return (System.nanoTime() - start) / 1e9;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("Tasklist did not answer within 180 s");
  }

  static long rssKb(long pid) throws IOException {
    return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
        .filter(line -> line.startsWith("VmRSS:")).findFirst()
        .map(line -> Long.parseLong(line.replaceAll("[^0-9]", ""))).orElse(-1L);
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

}
