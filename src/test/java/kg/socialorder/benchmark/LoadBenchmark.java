package kg.socialorder.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kg.socialorder.portal.PortalClient;
import kg.socialorder.support.TempFiles;
import kg.socialorder.support.WebappClient;
import kg.socialorder.support.WebappClient.Response;
import org.junit.jupiter.api.Test;

/**
 * Part 5: N people at once against the fat jar as a new user runs it (default H2 under a fresh
 * directory, demo profile, no JVM options), through the interfaces people use, on loopback:
 * officials in Tasklist, each the coordinator of a municipality of their own (the webapps' API exactly
 * as Tasklist calls it: the sidebar's task counts, starting a problem selection from its start form,
 * opening and submitting its three forms), NGOs
 * applying on the portal (call page, form, submission, receipt), and the public reading the
 * registry, an order's page and the open data. Each person waits a moment between actions as a
 * person reads and types. Every level (N = 20, 50, 100 by default, {@code -Dbenchmark.people})
 * runs on a fresh application for {@code -Dbenchmark.seconds} (60) after a ramp of 10 s; requests
 * are bounded in time (30 s each) and count.
 */
class LoadBenchmark {

  static final ObjectMapper JSON = new ObjectMapper();
  static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  /** A request slower than this is a stall: a person would think the application hung. */
  static final Duration STALL = Duration.ofSeconds(5);
  static final Duration RAMP = Duration.ofSeconds(10);
  static final Pattern CALL_LINK = Pattern.compile("href=\"/portal/calls/([^\"/]+)\"");
  static final Pattern ORDER_LINK = Pattern.compile("href=\"(/portal/orders/[A-Za-z0-9-]+)\"");

  @Test
  void peopleAtOnce() throws Exception {
    List<Integer> levels = Stream.of(System.getProperty("benchmark.people", "20,50,100").split(","))
        .map(String::strip).map(Integer::valueOf).toList();
    Duration measured = Duration.ofSeconds(Long.getLong("benchmark.seconds", 60));
    Path jar = jar();
    Map<Integer, Level> results = new LinkedHashMap<>();
    for (int people : levels) {
      results.put(people, run(jar, people, measured));
    }
    report(results, measured).write("5-load");
  }

  private static Level run(Path jar, int people, Duration measured) throws Exception {
    Path data = Files.createTempDirectory("social-order-load-");
    int port = freePort();
    ProcessBuilder launch = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", jar.toAbsolutePath().toString(), "--server.port=" + port)
        .directory(data.toFile()).redirectOutput(data.resolve("out.log").toFile()).redirectErrorStream(true);
    launch.environment().put("SPRING_APPLICATION_JSON", municipalities(people));
    Process app = launch.start();
    try {
      awaitDemo(app, port);
      Level level = new Level(people);
      long start = System.nanoTime();
      long measureFrom = start + RAMP.toNanos();
      long until = measureFrom + measured.toNanos();
      ExecutorService threads = Executors.newFixedThreadPool(people);
      CountDownLatch done = new CountDownLatch(people);
      for (int i = 0; i < people; i++) {
        Person person = person(i, port, level, measureFrom, until);
        long startAt = start + RAMP.toNanos() * i / people;
        threads.submit(() -> {
          try {
            sleepUntil(startAt);
            person.live();
          } catch (Exception | AssertionError e) {
            level.error("person " + person.getClass().getSimpleName() + ": " + e);
          } finally {
            done.countDown();
          }
        });
      }
      // every request is bounded by REQUEST_TIMEOUT: the last ones end by then
      if (!done.await(RAMP.plus(measured).plus(REQUEST_TIMEOUT).plusSeconds(30).toSeconds(), TimeUnit.SECONDS)) {
        level.error("people still busy after the level's end");
      }
      threads.shutdownNow();
      level.seconds = measured.toNanos() / 1e9;
      return level;
    } finally {
      app.destroy();
      if (!app.waitFor(30, TimeUnit.SECONDS)) {
        app.destroyForcibly();
      }
      TempFiles.deleteRecursively(data);
    }
  }

  /**
   * The demo's five municipalities, where the NGOs apply and the public reads, and one more for each
   * official of the level ({@code load1}, {@code load2} …), as a country has one social-order
   * coordinator in each municipality; the demo creates its users in each.
   */
  private static String municipalities(int people) throws IOException {
    List<Map<String, String>> all = new ArrayList<>(List.of(
        Map.of("id", "kanyshkyya", "name-ky", "Каныш-Кыя", "name-ru", "Каныш-Кыя"),
        Map.of("id", "omuraliev", "name-ky", "Өмүралиев", "name-ru", "Омуралиев"),
        Map.of("id", "karakoltown", "name-ky", "Кара-Көл", "name-ru", "Кара-Куль"),
        Map.of("id", "katran", "name-ky", "Катран", "name-ru", "Катран"),
        Map.of("id", "karakol", "name-ky", "Каракол", "name-ru", "Каракол")));
    for (int i = 0; i < people; i += 2) {
      all.add(Map.of("id", "load" + i, "name-ky", "Жүктөм " + i, "name-ru", "Нагрузка " + i));
    }
    return JSON.writeValueAsString(Map.of("social-order", Map.of("municipalities", all)));
  }

  /** Half officials, a fifth NGOs, the rest the public: one of each kind in turn, in that proportion. */
  private static Person person(int i, int port, Level level, long measureFrom, long until) {
    Random random = new Random(i);
    return switch (i % 10) {
      case 0, 2, 4, 6, 8 -> new Coordinator(port, "load" + i, level, random, measureFrom, until);
      case 1, 5 -> new Ngo(port, level, random, measureFrom, until);
      default -> new Reader(port, level, random, measureFrom, until);
    };
  }

  /**
   * How long a person waits before each request, in milliseconds, {@code -Dbenchmark.pause=500-1500} by
   * default: as a person reads and types. {@code 0-0} makes a stress test of it, each person a client
   * that asks again as soon as it is answered.
   */
  static final int[] PAUSE = Stream.of(System.getProperty("benchmark.pause", "500-1500").split("-"))
      .mapToInt(Integer::parseInt).toArray();

  /** Someone who acts, waits a moment as a person reads and types ({@link #PAUSE}), and acts again. */
  abstract static class Person {
    final Level level;
    final Random random;
    final long measureFrom;
    final long until;

    Person(Level level, Random random, long measureFrom, long until) {
      this.level = level;
      this.random = random;
      this.measureFrom = measureFrom;
      this.until = until;
    }

    abstract void act() throws Exception;

    void live() throws Exception {
      while (System.nanoTime() < until) {
        act();
      }
    }

    /** One request, timed under its kind; an answer other than {@code expected} is an error. */
    <T> T timed(String kind, Supplier<T> request, java.util.function.ToIntFunction<T> status, int... expected)
        throws InterruptedException {
      Thread.sleep(PAUSE[0] + random.nextInt(PAUSE[1] - PAUSE[0] + 1));
      long began = System.nanoTime();
      T answer;
      try {
        answer = request.get();
      } catch (RuntimeException e) {
        record(kind, began, false, kind + ": " + e.getMessage());
        throw new Refused();
      }
      int code = status.applyAsInt(answer);
      boolean ok = java.util.Arrays.stream(expected).anyMatch(e -> e == code);
      record(kind, began, ok, ok ? null : kind + ": HTTP " + code + " " + abbreviated(answer));
      if (!ok) {
        throw new Refused();
      }
      return answer;
    }

    private void record(String kind, long began, boolean ok, String error) {
      long ended = System.nanoTime();
      if (began >= measureFrom && ended <= until) {
        level.record(kind, ended - began, ok);
      }
      if (error != null) {
        level.error(error);
      }
    }

    private static String abbreviated(Object answer) {
      String text = answer instanceof Response r ? r.text() : answer instanceof HttpResponse<?> h
          ? String.valueOf(h.body()) : String.valueOf(answer);
      // a portal page: what it says of the refused fields
      int summary = text.indexOf("error-summary");
      if (summary >= 0) {
        text = text.substring(summary).replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ");
      }
      return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
  }

  /** A request that did not do what the person wanted: counted, and the person starts over. */
  static final class Refused extends RuntimeException {
    Refused() {
      super(null, null, false, false);
    }
  }

  /**
   * An official in Tasklist: looks at the task counts, starts a problem selection, then opens and
   * submits its three forms (announcement, problems, the community's choice), as Tasklist does.
   */
  static final class Coordinator extends Person {
    final WebappClient tasklist;
    final String login;

    Coordinator(int port, String municipality, Level level, Random random, long measureFrom, long until) {
      super(level, random, measureFrom, until);
      this.tasklist = new WebappClient(port, REQUEST_TIMEOUT);
      this.login = municipality + ".coordinator";
    }

    @Override
    void live() throws Exception {
      if (tasklist.login(login, "demo") != 200) {
        level.error("login of " + login + " refused");
        return;
      }
      super.live();
    }

    @Override
    void act() throws Exception {
      try {
        counts();
        LocalDate today = LocalDate.now(BISHKEK);
        Response started = timed("start", () -> tasklist.postEngine(
            "process-definition/key/problem-selection/submit-form", Map.of("variables", Map.of(
                "programmeName", value("Жүктөм " + today.getYear()),
                "year", value(today.getYear()),
                "budgetEnvelope", value(300_000),
                "themesPlanned", value(1)))), Response::status, 200);
        String instance = started.json().path("id").asText();
        complete(instance, Map.of(
            "announcementDate", value(today.toString()),
            "meetings", json(List.of(Map.of("date", today.plusDays(7).toString(), "place", "Маданият үйү"))),
            "informationChannels", json(List.of("noticeBoard"))));
        counts();
        complete(instance, Map.of("problems", json(List.of(
            Map.of("title", "Балдар", "affectedGroup", "Балдар", "source", "residentMeeting"),
            Map.of("title", "Аялдар", "affectedGroup", "Аялдар", "source", "survey")))));
        JsonNode form = openForm(instance);
        ArrayNode votes = (ArrayNode) JSON.readTree(form.path("votes").path("value").asText());
        for (int i = 0; i < votes.size(); i++) {
          ((ObjectNode) votes.get(i)).put("votes", 100 - i);
        }
        submit(taskId(instance), Map.of("votingMethod", value("openVote"), "participantsTotal", value(200),
            "participantsWomen", value(100), "votes", Map.of("type", "Json", "value", votes.toString())));
      } catch (Refused refused) {
        // counted; the official starts over
      }
    }

    /** What Tasklist asks when its page is shown or refreshed: every filter with its task count. */
    private void counts() throws InterruptedException {
      timed("task count", () -> tasklist.getEngine("filter?resourceType=Task&itemCount=true"),
          Response::status, 200);
    }

    private void complete(String instance, Map<String, Object> variables) throws Exception {
      openForm(instance);
      submit(taskId(instance), variables);
    }

    private JsonNode openForm(String instance) throws InterruptedException {
      String task = taskId(instance);
      return timed("open form", () -> tasklist.getEngine("task/" + task + "/form-variables?deserializeValues=false"),
          Response::status, 200).json();
    }

    private String taskId(String instance) throws InterruptedException {
      JsonNode tasks = timed("task list", () -> tasklist.getEngine("task?processInstanceId=" + instance),
          Response::status, 200).json();
      if (tasks.isEmpty()) {
        level.error("no task for the official in " + instance);
        throw new Refused();
      }
      return tasks.get(0).path("id").asText();
    }

    private void submit(String task, Map<String, Object> variables) throws InterruptedException {
      timed("submit form", () -> tasklist.postEngine("task/" + task + "/submit-form",
          Map.of("variables", variables)), Response::status, 204);
    }
  }

  /** An NGO on the portal: finds an open call, reads it, fills in the application and reads its receipt. */
  static final class Ngo extends Person {
    static final AtomicLong TAX_NUMBERS = new AtomicLong(2_203_200_700_000L);
    final PortalClient portal;

    Ngo(int port, Level level, Random random, long measureFrom, long until) {
      super(level, random, measureFrom, until);
      this.portal = new PortalClient(port, REQUEST_TIMEOUT);
    }

    @Override
    void act() throws Exception {
      try {
        String home = timed("portal page", () -> portal.get("/portal"), HttpResponse::statusCode, 200).body();
        List<String> calls = new ArrayList<>();
        Matcher link = CALL_LINK.matcher(home);
        while (link.find()) {
          calls.add(link.group(1));
        }
        // the open calls come first on the portal's home page; a closed call's page has no form
        String call = calls.isEmpty() ? null : calls.get(random.nextInt(Math.min(2, calls.size())));
        if (call == null) {
          level.error("no call on the portal");
          throw new Refused();
        }
        String page = timed("portal page", () -> portal.get("/portal/calls/" + call), HttpResponse::statusCode, 200)
            .body();
        String apply = "/portal/calls/" + call + "/apply";
        if (!page.contains("href=\"" + apply + "\"")) {
          return;
        }
        String token = PortalClient.tokenOf(timed("portal page", () -> portal.get(apply), HttpResponse::statusCode, 200)
            .body()).orElseThrow(Refused::new);
        HttpResponse<String> applied = timed("apply", () -> portal.post(apply, form(token)),
            HttpResponse::statusCode, 302, 303);
        String receipt = applied.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        timed("portal page", () -> portal.get(receipt), HttpResponse::statusCode, 200);
      } catch (Refused refused) {
        // counted; the NGO starts over
      }
    }

    private static Map<String, Object> form(String token) {
      return PortalClient.application(token, TAX_NUMBERS.incrementAndGet(), 150_000);
    }
  }

  /** The public: the registry of orders, one order's page, and the open data. */
  static final class Reader extends Person {
    final PortalClient portal;

    Reader(int port, Level level, Random random, long measureFrom, long until) {
      super(level, random, measureFrom, until);
      this.portal = new PortalClient(port, REQUEST_TIMEOUT);
    }

    @Override
    void act() throws Exception {
      try {
        String registry = timed("portal page", () -> portal.get("/portal/orders"), HttpResponse::statusCode, 200)
            .body();
        List<String> orders = new ArrayList<>();
        Matcher order = ORDER_LINK.matcher(registry);
        while (order.find()) {
          orders.add(order.group(1));
        }
        if (!orders.isEmpty()) {
          String page = orders.get(random.nextInt(orders.size()));
          timed("portal page", () -> portal.get(page), HttpResponse::statusCode, 200);
        }
        JsonNode releases = JSON.readTree(timed("open data", () -> portal.get("/ocds/releases"),
            HttpResponse::statusCode, 200).body());
        JsonNode list = releases.path("releases");
        if (!list.isEmpty()) {
          String ocid = list.get(random.nextInt(list.size())).path("ocid").asText();
          timed("open data", () -> portal.get("/ocds/records/" + ocid), HttpResponse::statusCode, 200);
        }
      } catch (Refused refused) {
        // counted; the reader starts over
      }
    }
  }

  /** What one level measured: every timing by kind, errors and stalls. */
  static final class Level {
    final int people;
    final Map<String, ConcurrentLinkedQueue<Long>> timings = new ConcurrentHashMap<>();
    final AtomicInteger errors = new AtomicInteger();
    final AtomicInteger stalls = new AtomicInteger();
    final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
    double seconds;

    Level(int people) {
      this.people = people;
    }

    void record(String kind, long nanos, boolean ok) {
      if (ok) {
        timings.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(nanos);
      }
      if (nanos >= STALL.toNanos()) {
        stalls.incrementAndGet();
      }
    }

    void error(String text) {
      errors.incrementAndGet();
      if (firstErrors.size() < 5) {
        firstErrors.add(text);
      }
    }

    long answered() {
      return timings.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
    }

    double throughput() {
      return answered() / seconds;
    }

    double percentile(String kind, double p) {
      List<Long> sorted = timings.getOrDefault(kind, new ConcurrentLinkedQueue<>()).stream().sorted().toList();
      if (sorted.isEmpty()) {
        return Double.NaN;
      }
      return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }
  }

  private static Report report(Map<Integer, Level> results, Duration measured) {
    double peak = results.values().stream().mapToDouble(Level::throughput).max().orElse(0);
    Level first = results.values().iterator().next();
    Level last = null;
    for (Level level : results.values()) {
      last = level;
    }
    Report report = new Report("Part 5: people at once")
        .paragraph("The fat jar on a fresh H2 directory per level (demo profile, default JVM settings), " + measured
            .toSeconds() + " s measured after a ramp of " + RAMP.toSeconds() + " s in which the people arrive one"
            + " after another. Half are officials in Tasklist, each the coordinator of a municipality of their own"
            + " (the webapps' API as Tasklist calls it: task counts,"
            + " a problem selection started and its three forms opened and submitted), a fifth NGOs applying on the"
            + " portal, the rest the public reading the registry, an order and the open data; each waits " + PAUSE[0]
            + "–" + PAUSE[1] + " ms"
            + " before every request. Throughput: requests answered as expected per second. A stall: a request that"
            + " took " + STALL.toSeconds() + " s or more. Targets: 0 errors and 0 stalls at the largest N;"
            + " throughput there within 10 % of the peak; task-count p95 there ≤ 2× at the smallest N.")
        .header("people", "requests/s", "errors", "stalls", "kind", "answered", "p50 ms", "p95 ms", "p99 ms");
    for (Level level : results.values()) {
      boolean firstRow = true;
      for (String kind : new TreeMap<>(level.timings).keySet()) {
        report.row(firstRow ? level.people : "", firstRow ? level.throughput() : "", firstRow ? level.errors : "",
            firstRow ? level.stalls : "", kind, level.timings.get(kind).size(), level.percentile(kind, 0.50),
            level.percentile(kind, 0.95), level.percentile(kind, 0.99));
        firstRow = false;
      }
    }
    report.blank().header("target", "measured", "met");
    report.row("0 errors, 0 stalls at " + last.people, last.errors + " errors, " + last.stalls + " stalls",
        last.errors.get() == 0 && last.stalls.get() == 0 ? "yes" : "no");
    report.row("throughput at " + last.people + " ≥ 0.9 × peak",
        String.format(Locale.ROOT, "%.1f / %.1f = %.2f", last.throughput(), peak, last.throughput() / peak),
        last.throughput() >= 0.9 * peak ? "yes" : "no");
    double ratio = last.percentile("task count", 0.95) / first.percentile("task count", 0.95);
    report.row("task count p95 at " + last.people + " ≤ 2 × at " + first.people,
        String.format(Locale.ROOT, "%.1f / %.1f ms = %.2f", last.percentile("task count", 0.95),
            first.percentile("task count", 0.95), ratio), ratio <= 2 ? "yes" : "no");
    for (Level level : results.values()) {
      for (String error : level.firstErrors) {
        report.paragraph("N = " + level.people + ", error: `" + error.replace('`', '\'').replace('\n', ' ') + "`");
      }
    }
    return report;
  }

  /** Waits until Tasklist answers and the demo's open calls are on the portal. */
  private static void awaitDemo(Process app, int port) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
    while (System.nanoTime() < until) {
      if (!app.isAlive()) {
        throw new IllegalStateException("The application stopped with " + app.exitValue());
      }
      try {
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/portal"))
            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        if (home.statusCode() == 200 && CALL_LINK.matcher(home.body()).find()) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("The demo's open calls did not appear on the portal within 240 s");
  }

  private static Map<String, Object> value(Object value) {
    return Map.of("value", value);
  }

  private static Map<String, Object> json(Object value) {
    try {
      return Map.of("type", "Json", "value", JSON.writeValueAsString(value));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleepUntil(long nanoTime) throws InterruptedException {
    long wait = nanoTime - System.nanoTime();
    if (wait > 0) {
      TimeUnit.NANOSECONDS.sleep(wait);
    }
  }

  private static Path jar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(p -> p.getFileName().toString().matches("social-order-.*\\.jar"))
          .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
          .max(Comparator.comparing(p -> p.toFile().lastModified()))
          .orElseThrow(() -> new IllegalStateException("No target/social-order-*.jar: run ./mvnw -Pbenchmark verify"));
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

}
