package kg.socialorder.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kg.socialorder.support.EmbeddedPostgres;

/**
 * The application's real fat jar as a child process on the embedded PostgreSQL, in production mode
 * (profile {@code postgres}) with the demo users (profile {@code demo}, no demo cases). A node can be
 * killed as a crash kills it (SIGKILL) and started again on the same port. Its output goes to
 * {@code target/reliability/<name>.log}.
 */
final class ApplicationNode implements AutoCloseable {

  static final Duration STARTUP = Duration.ofMinutes(3);
  static final String ADMIN = "demo";
  static final String PASSWORD = "demo";

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String name;
  private final int port;
  private final List<String> command;
  private final Map<String, String> environment;
  private final Path log;
  private Process process;

  private ApplicationNode(String name, int port, List<String> command, Map<String, String> environment, Path log) {
    this.name = name;
    this.port = port;
    this.command = command;
    this.environment = environment;
    this.log = log;
  }

  /**
   * A node named {@code name} on {@code database}, with a job executor that looks for jobs every
   * second and locks a job for {@code jobLockTime}. Its database connections carry the node's name
   * (PostgreSQL's application_name) and its job log entries too (Camunda's hostname).
   */
  static ApplicationNode start(String name, EmbeddedPostgres database, Duration jobLockTime) {
    String jar = System.getProperty("applicationJar");
    assertThat(jar).as("system property applicationJar (set by failsafe in pom.xml)").isNotNull();
    assertThat(Path.of(jar)).as("the fat jar: run through ./mvnw verify").exists();
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", jar,
        "--spring.profiles.active=postgres,demo",
        "--server.port=" + port,
        "--social-order.demo.load-cases=false",
        // each node its own demo SMTP server, on a free port
        "--social-order.mail.demo-server.port=0",
        "--camunda.bpm.job-execution.wait-time-in-millis=500",
        "--camunda.bpm.job-execution.max-wait=1000",
        "--camunda.bpm.job-execution.lock-time-in-millis=" + jobLockTime.toMillis(),
        "--camunda.bpm.generic-properties.properties.hostname=" + name,
        // the tests reach the node over plain HTTP on loopback, not through a TLS proxy: the
        // production profile's Secure cookies would never come back to it
        "--camunda.bpm.webapp.session-cookie.enable-secure-cookie=false",
        "--camunda.bpm.webapp.csrf.enable-secure-cookie=false"));
    Map<String, String> environment = Map.of(
        "SOCIAL_ORDER_DB_URL", database.jdbcUrl() + "?ApplicationName=" + name,
        "SOCIAL_ORDER_DB_USER", database.username(),
        "SOCIAL_ORDER_DB_PASSWORD", "");
    try {
      Path logs = Files.createDirectories(Path.of("target", "reliability"));
      ApplicationNode node = new ApplicationNode(name, port, command, environment, logs.resolve(name + ".log"));
      Files.deleteIfExists(node.log);
      node.launch();
      return node;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String name() {
    return name;
  }

  int port() {
    return port;
  }

  /** Starts the node's jar and waits until it reports itself healthy. */
  void launch() {
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(environment);
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Awaiting.until(name + " healthy", STARTUP, () -> {
      assertThat(process.isAlive()).as(name + " exited; see " + log).isTrue();
      return health().status() == 200;
    });
  }

  /** SIGKILL: no shutdown hook, no transaction finished, as a power cut or the OOM killer. */
  void kill() {
    process.destroyForcibly();
    try {
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).as(name + " killed").isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** GET /actuator/health: its status code and body (status 0 when nothing answers). */
  Answer health() {
    return get("/actuator/health");
  }

  Answer get(String path) {
    try {
      HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
          .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(response.statusCode(), response.body());
    } catch (IOException e) {
      return new Answer(0, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  record Answer(int status, String body) {}

  @Override
  public void close() {
    if (process != null && process.isAlive()) {
      kill();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
