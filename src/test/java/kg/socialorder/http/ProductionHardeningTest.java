package kg.socialorder.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.socialorder.support.HttpCalls;
import kg.socialorder.support.WebappTest;
import org.apache.catalina.Context;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;

/**
 * The production profile ({@code postgres}, here on the embedded PostgreSQL) as a browser and an
 * attacker meet it: headers and cookies on real responses, no demo accounts, the actuator and the
 * engine REST API closed, login throttling. The application runs behind a TLS proxy, so requests
 * carry {@code X-Forwarded-Proto: https} as the proxy would set it.
 */
@ActiveProfiles(profiles = {"postgres", "embedded-postgres", "test"}, inheritProfiles = false)
@TestPropertySource(properties = {"camunda.bpm.admin-user.id=admin",
    "camunda.bpm.admin-user.password=" + ProductionHardeningTest.ADMIN_PASSWORD,
    // as in production, so the capacity shared with it is production's (no job is due in this test)
    "camunda.bpm.job-execution.enabled=true",
    // production refuses to publish open data on localhost
    "SOCIAL_ORDER_PUBLIC_URL=https://socialorder.example.kg"})
// drives no process: no coverage to compute (the listener would warn that it cannot)
@ExcludeFromProcessCoverage
class ProductionHardeningTest extends WebappTest {

  static final String ADMIN_PASSWORD = "Adm1n-secret-for-tests";

  @Autowired
  IdentityService identityService;
  @Autowired
  ServletWebServerApplicationContext context;

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  /** Users this test makes; every other account would be one nobody configured. */
  static final String CLERK = "test.clerk";
  static final String THROTTLED = "test.throttled";
  // production refuses weak passwords for every account (people/PasswordPolicy)
  static final String CLERK_PASSWORD = "Tuz-kol-Jibek-91";
  static final String THROTTLED_PASSWORD = "Ysyk-Kol 7 tulpar";

  @BeforeEach
  void testUsersUnlocked() {
    ensureUser(CLERK, CLERK_PASSWORD);
    ensureUser(THROTTLED, THROTTLED_PASSWORD);
    if (identityService.createUserQuery().userId(THROTTLED).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
      identityService.createMembership(THROTTLED, Groups.CAMUNDA_ADMIN);
    }
    // a failed login in one test must not lock the account for the next (the engine clock is reset)
    for (String user : List.of("admin", CLERK, THROTTLED)) {
      identityService.unlockUser(user);
    }
  }

  private void ensureUser(String id, String password) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setPassword(password);
      identityService.saveUser(user);
    }
  }

  @Test
  void portalPagesCarryThePolicyAndHstsOverHttps() {
    HttpResponse<String> page = get("/portal", Map.of("X-Forwarded-Proto", "https"));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(header(page, "Content-Security-Policy"))
        .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "form-action 'self'");
    assertThat(header(page, "Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
    assertThat(header(page, "X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(header(page, "X-Frame-Options")).isEqualTo("DENY");
    assertThat(header(page, "Referrer-Policy")).isEqualTo("same-origin");
    // the same on open data and on the actuator
    assertThat(header(get("/ocds/releases", Map.of()), "Content-Security-Policy")).contains("frame-ancestors 'none'");
    assertThat(header(get("/actuator/health", Map.of()), "X-Frame-Options")).isEqualTo("DENY");
  }

  @Test
  void hstsIsNotSentOverPlainHttp() {
    assertThat(get("/portal", Map.of()).headers().firstValue("Strict-Transport-Security")).isEmpty();
  }

  @Test
  void theWebappsKeepCamundasPolicyWithNoncesAndGetTheMissingHeaders() {
    HttpResponse<String> tasklist = get("/camunda/app/tasklist/default/", Map.of("X-Forwarded-Proto", "https"));

    assertThat(tasklist.statusCode()).isEqualTo(200);
    assertThat(tasklist.headers().allValues("Content-Security-Policy")).singleElement().asString()
        .contains("'nonce-", "frame-ancestors 'none'", "object-src 'none'");
    assertThat(header(tasklist, "Strict-Transport-Security")).startsWith("max-age=31536000");
    assertThat(tasklist.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
    assertThat(header(tasklist, "Referrer-Policy")).isEqualTo("same-origin");
    assertThat(header(tasklist, "X-Frame-Options")).isEqualTo("DENY");
  }

  @Test
  void loginSessionAndCsrfCookiesAreSecureHttpOnlyAndSameSite() {
    Map<String, String> https = Map.of("X-Forwarded-Proto", "https");
    HttpResponse<String> page = get("/camunda/app/tasklist/default/", https);
    String csrfCookie = cookie(page, "XSRF-TOKEN");
    String session = cookie(page, "JSESSIONID");
    assertThat(csrfCookie).contains("Secure", "SameSite=Lax").doesNotContain("HttpOnly");

    HttpResponse<String> login = login("admin", ADMIN_PASSWORD, page);

    assertThat(login.statusCode()).isEqualTo(200);
    String renewed = cookie(login, "JSESSIONID");
    assertThat(renewed).contains("Secure", "HttpOnly", "SameSite=Lax");
    // SameSite once (Camunda's); Secure may come twice, from Tomcat on an HTTPS request and from
    // Camunda always, which RFC 6265 allows and which keeps it Secure even if a proxy forgets the header
    assertThat(renewed.split("SameSite", -1)).hasSize(2);
    assertThat(value(renewed)).as("a new session at login").isNotEqualTo(value(session));
  }

  @Test
  void aSessionLeftAloneEndsAfterThirtyMinutes() {
    Context webapp = (Context) ((TomcatWebServer) context.getWebServer()).getTomcat().getHost().findChildren()[0];
    assertThat(webapp.getSessionTimeout()).isEqualTo(30);
  }

  @Test
  void thereAreNoDemoAccountsOnlyTheConfiguredAdministrator() {
    assertThat(identityService.createUserQuery().list()).extracting(User::getId)
        .allMatch(id -> id.equals("admin") || id.startsWith("test."));
    assertThat(identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list()).extracting(User::getId)
        .containsExactlyInAnyOrder("admin", THROTTLED);
    assertThat(identityService.checkPassword("demo", "demo")).isFalse();
    assertThat(login("karakol.coordinator", "demo", get("/camunda/app/tasklist/default/", Map.of())).statusCode())
        .isEqualTo(401);
  }

  @Test
  void theActuatorShowsHealthToAllAndMetricsToAdministratorsOnly() {
    assertThat(get("/actuator/health", Map.of()).statusCode()).isEqualTo(200);
    // each part's status for load balancers and operators, never its details
    assertThat(get("/actuator/health", Map.of()).body()).startsWith("{\"status\":\"UP\"")
        .contains("\"db\":{\"status\":\"UP\"}", "\"engine\":{\"status\":\"UP\"}").doesNotContain("details");

    HttpResponse<String> anonymous = get("/actuator/metrics", Map.of());
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(header(anonymous, "WWW-Authenticate")).startsWith("Basic");
    assertThat(get("/actuator", Map.of()).statusCode()).isEqualTo(401);
    assertThat(get("/actuator/metrics", basic(CLERK, CLERK_PASSWORD)).statusCode()).isEqualTo(403);
    assertThat(get("/actuator/metrics", basic(CLERK, "wrong")).statusCode()).isEqualTo(401);
    assertThat(get("/actuator/metrics", basic("admin", ADMIN_PASSWORD)).statusCode()).isEqualTo(200);
    // nothing else is exposed, even to an administrator
    for (String endpoint : List.of("env", "beans", "configprops", "heapdump", "loggers", "mappings", "threaddump")) {
      assertThat(get("/actuator/" + endpoint, basic("admin", ADMIN_PASSWORD)).statusCode()).as(endpoint).isEqualTo(404);
    }
  }

  @Test
  void administratorsReadTheConnectionPoolTheRequestSlotsAndTheWebServerThreadsChosenTogether() {
    // production's sizes (README, "Capacity"): 16 connections = 10 request slots + 4 job threads + 2
    Map<String, String> metrics = Map.of(
        "hikaricp.connections.max", "16.0",
        "socialorder.requests.slots", "10.0",
        "tomcat.threads.config.max", "200.0");
    metrics.forEach((name, value) -> {
      HttpResponse<String> metric = get("/actuator/metrics/" + name, basic("admin", ADMIN_PASSWORD));
      assertThat(metric.statusCode()).as(name).isEqualTo(200);
      assertThat(metric.body()).as(name).contains("\"statistic\":\"VALUE\",\"value\":" + value);
    });
    for (String name : List.of("hikaricp.connections.active", "hikaricp.connections.pending",
        "hikaricp.connections.timeout", "socialorder.requests.working", "socialorder.requests.waiting",
        "tomcat.threads.busy")) {
      assertThat(get("/actuator/metrics/" + name, basic("admin", ADMIN_PASSWORD)).statusCode()).as(name)
          .isEqualTo(200);
    }
    // read from the connector's own pool: the request asking is served by one of its threads
    assertThat(get("/actuator/metrics/tomcat.threads.busy", basic("admin", ADMIN_PASSWORD)).body())
        .containsPattern("\"statistic\":\"VALUE\",\"value\":[1-9]");
  }

  @Test
  void theEngineRestApiAnswersNobodyWithoutLogin() {
    for (String path : List.of("/engine-rest/engine", "/engine-rest/process-definition", "/engine-rest/user",
        "/engine-rest/deployment", "/engine-rest/task")) {
      assertThat(get(path, Map.of()).statusCode()).as(path).isEqualTo(401);
    }
    assertThat(get("/engine-rest/user", basic("admin", ADMIN_PASSWORD)).statusCode()).isEqualTo(200);
  }

  @Test
  void failedLoginsDelayTheNextAttempt() {
    HttpResponse<String> page = get("/camunda/app/tasklist/default/", Map.of());

    assertThat(login(THROTTLED, "wrong-password", page).statusCode()).isEqualTo(401);
    // within loginDelayBase (3 s) of the failure even the right password is refused
    assertThat(login(THROTTLED, THROTTLED_PASSWORD, page).statusCode()).isEqualTo(401);
    // and the Basic login of the actuator shares the lock
    assertThat(get("/actuator/metrics", basic(THROTTLED, THROTTLED_PASSWORD)).statusCode()).isEqualTo(401);

    clock.moveBy(Duration.ofSeconds(4));
    assertThat(login(THROTTLED, THROTTLED_PASSWORD, get("/camunda/app/tasklist/default/", Map.of())).statusCode())
        .isEqualTo(200);
  }

  @Test
  void anErrorShowsNoStackTrace() {
    HttpResponse<String> response = get("/camunda/api/engine/engine/default/task/nonexistent/form-variables",
        Map.of("Accept", "text/html"));
    assertThat(response.statusCode()).isBetween(400, 499);
    assertThat(response.body()).doesNotContain("Exception", "at org.", "at kg.");
  }

  /** Logs in to Tasklist with the session and CSRF token the page gave. */
  private HttpResponse<String> login(String user, String password, HttpResponse<String> page) {
    String csrf = value(cookie(page, "XSRF-TOKEN"));
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Forwarded-Proto", "https");
    headers.put("Cookie", "JSESSIONID=" + value(cookie(page, "JSESSIONID")) + "; XSRF-TOKEN=" + csrf);
    headers.put("X-XSRF-TOKEN", csrf);
    headers.put("Content-Type", "application/x-www-form-urlencoded");
    return send(request("/camunda/api/admin/auth/user/default/login/tasklist", headers)
        .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  private HttpResponse<String> get(String path, Map<String, String> headers) {
    return send(request(path, headers).GET());
  }

  private HttpRequest.Builder request(String path, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    headers.forEach(request::header);
    return request;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    return HttpCalls.send(http, request);
  }

  private static Map<String, String> basic(String user, String password) {
    return Map.of("Authorization", "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("no header " + name));
  }

  /** The whole Set-Cookie line of a cookie. */
  private static String cookie(HttpResponse<?> response, String name) {
    return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
        .findFirst().orElseThrow(() -> new AssertionError("no cookie " + name + " in " + response.headers().map()));
  }

  private static String value(String setCookie) {
    return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
  }
}
