package kg.socialorder.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kg.socialorder.support.TempFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fat jar as a new user runs it (README, "The two commands"): in an empty directory, on its
 * embedded H2 file, with the demo. Stopped as Ctrl-C, {@code kill} or {@code docker stop} stop it
 * (a signal, the JVM's shutdown hooks), it closes the engine and then the database, with not one
 * warning or error in its log, and a second start in the same directory finds everything the first
 * one stored. The two logs are kept in {@code target/reliability}.
 */
class CleanStopIT {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Path directory = createDirectory();
  private Process process;

  @AfterEach
  void removeTheDirectory() {
    if (process != null) {
      process.destroyForcibly();
    }
    TempFiles.deleteRecursively(directory);
  }

  @Test
  void theApplicationStopsCleanlyAndKeepsWhatItStored() throws Exception {
    Path logs = Files.createDirectories(Path.of("target", "reliability"));
    Path first = logs.resolve("clean-stop-first.log");
    int port = start(first);
    awaitHealthy(port, first);
    assertThat(Files.readString(first)).contains("Demo data ready: 5 real cases loaded");

    stop();

    String log = Files.readString(first);
    assertThat(log).contains("ENGINE-00007 Process Engine default closed", "social-order - Shutdown completed");
    assertThat(log.lines().filter(line -> line.contains(" WARN ") || line.contains(" ERROR ")).toList())
        .as("warnings and errors in %s", first).isEmpty();

    // the database file was closed whole: the second start finds the cases and loads none again
    Path second = logs.resolve("clean-stop-second.log");
    port = start(second);
    awaitHealthy(port, second);
    assertThat(Files.readString(second)).contains("Demo data ready: the real cases were loaded on an earlier start");
    stop();
  }

  private int start(Path log) throws IOException {
    String jar = System.getProperty("applicationJar");
    assertThat(jar).as("system property applicationJar (set by failsafe in pom.xml)").isNotNull();
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", Path.of(jar).toAbsolutePath().toString(), "--server.port=" + port,
        // not the demo SMTP server's usual port, which another build on the machine may hold
        "--social-order.mail.demo-server.port=0"))
        .directory(directory.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return port;
  }

  /** Health answers 200 once the demo data are in ({@code demoData} UP). */
  private void awaitHealthy(int port, Path log) {
    HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
        .timeout(Duration.ofSeconds(10)).build();
    Awaiting.until("the demo data loaded, see " + log, Duration.ofMinutes(4), () -> {
      assertThat(process.isAlive()).as("the application exited; see %s", log).isTrue();
      return HTTP.send(health, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).statusCode() == 200;
    });
  }

  /** SIGTERM, as {@code kill} and {@code docker stop} send; Ctrl-C's SIGINT runs the same shutdown hooks. */
  private void stop() throws InterruptedException {
    process.destroy();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped within 60 s").isTrue();
    assertThat(process.exitValue()).as("exit code of a JVM ended by SIGTERM").isEqualTo(143);
    process = null;
  }

  private static Path createDirectory() {
    try {
      return Files.createTempDirectory("social-order-first-run-");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
