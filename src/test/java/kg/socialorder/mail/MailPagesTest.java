package kg.socialorder.mail;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.socialorder.contract.ContractDriver;
import kg.socialorder.support.HttpCalls;
import kg.socialorder.support.WebappClient;
import kg.socialorder.support.WebappTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * The mail pages over real HTTP with the webapps' login: a person switches kinds off (mandatory ones
 * stay on) and gets the secret address of a calendar a phone reads; the administrator sees failures
 * with the server's answer, sends one again, and sees who has no address; others are refused.
 */
class MailPagesTest extends WebappTest {

  static final String M = "karakoltown";

  @Autowired
  MailOutbox outbox;
  @Autowired
  MailDelivery delivery;
  @Autowired
  MailPreferences preferences;
  @Autowired
  DemoMailServer server;
  @Autowired
  JdbcTemplate jdbc;

  @BeforeEach
  void empty() {
    server.start();
    server.purge();
    jdbc.update("delete from so_notification where status is not null");
    jdbc.update("delete from so_mail_preference");
  }

  @Test
  void aPersonSwitchesKindsOffButNotTheDeadlines() {
    WebappClient coordinator = new WebappClient(port);
    assertThat(coordinator.page("/mail/settings").status()).as("no login: to the login page").isEqualTo(302);
    assertThat(coordinator.login(M + ".coordinator", "demo")).isEqualTo(200);

    WebappClient.Response page = coordinator.page("/mail/settings");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains(M + ".coordinator@socialorder.example.kg", "Виды писем",
        "Напоминание о приближении срока", "обязательное, не отключается");
    String token = token(page.text());

    // kept on: results only; new tasks, calls, contracts, payments, reports switched off
    WebappClient.Response saved = coordinator.form("/mail/settings", "_csrf", token, "kind", "resultsPublished",
        "kind", "reminder");
    assertThat(saved.status()).isEqualTo(200);
    assertThat(saved.text()).contains("Сохранено");
    assertThat(preferences.switchedOff(M + ".coordinator")).containsExactlyInAnyOrder(MailKind.TASKS,
        MailKind.CALL_PUBLISHED, MailKind.CONTRACT_SIGNED, MailKind.TRANCHE_PAID, MailKind.REPORT_DECIDED);
    assertThat(preferences.wants(M + ".coordinator", MailKind.ESCALATION)).isTrue();

    assertThat(coordinator.form("/mail/settings", "_csrf", "forged", "kind", "tasks").status()).isEqualTo(403);
    assertThat(preferences.switchedOff(M + ".coordinator")).contains(MailKind.TASKS);
  }

  @Test
  void theCalendarAtItsSecretAddressListsTheTasksDueDates() throws Exception {
    ContractDriver contracts = new ContractDriver(engine);
    ProcessInstance contract = contracts.start(M, 300_000, "«Аймира» КФ", 300_000);
    contracts.complete(contract, contracts.draft("№" + UUID.randomUUID().toString().substring(0, 8), 300_000,
        "2026-03-10", "2026-12-31", "aimira", List.of(ContractDriver.tranche(300_000, "2026-03-15", "2026-06-30"))));
    Task review = contracts.task(contract);

    WebappClient ngo = new WebappClient(port);
    assertThat(ngo.login("aimira", "demo")).isEqualTo(200);
    WebappClient.Response settings = ngo.page("/mail/settings");
    WebappClient.Response created = ngo.form("/mail/settings/calendar", "_csrf", token(settings.text()));
    assertThat(created.status()).isEqualTo(200);
    Matcher address = Pattern.compile("class=\"secret-url\">([^<]+)<").matcher(created.text());
    assertThat(address.find()).isTrue();
    String path = URI.create(HtmlUtils.htmlUnescape(address.group(1))).getPath();

    // a phone's calendar: no login, the secret address only
    HttpResponse<String> feed = HttpCalls.send(HttpClient.newHttpClient(),
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET());
    assertThat(feed.statusCode()).isEqualTo(200);
    assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
    ICalendar calendar = Biweekly.parse(feed.body()).first();
    assertThat(calendar.getEvents()).extracting(event -> event.getUid().getValue())
        .contains("task-" + review.getId() + "@socialorder");
    VEvent due = calendar.getEvents().stream()
        .filter(event -> event.getUid().getValue().equals("task-" + review.getId() + "@socialorder")).findFirst().orElseThrow();
    assertThat(due.getDateStart().getValue()).isEqualTo(review.getDueDate());
    assertThat(due.getUrl().getValue()).endsWith("task=" + review.getId());

    // a new address ends the old one
    ngo.form("/mail/settings/calendar", "_csrf", token(settings.text()));
    assertThat(HttpCalls.send(HttpClient.newHttpClient(),
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET()).statusCode()).isEqualTo(404);
  }

  @Test
  void theAdministratorSeesFailuresWithTheServersAnswerAndPeopleWithoutAnAddress() {
    outbox.queue(new OutgoingMail("test:bad", M, "test", M + ".head", "head@municipality.invalid",
        "Сыноо / Проверка", "Текст", "<p>Текст</p>", null, null));
    outbox.queue(new OutgoingMail("test:good", M, "test", M + ".coordinator", "c@karakoltown.example.kg",
        "Жакшы / Хорошее", "Текст", "<p>Текст</p>", null, null));
    delivery.deliverDue();

    WebappClient admin = new WebappClient(port);
    assertThat(admin.login("demo", "demo", "admin")).isEqualTo(200);
    WebappClient.Response page = admin.page("/mail/admin");
    assertThat(page.status()).isEqualTo(200);
    String text = HtmlUtils.htmlUnescape(page.text());
    assertThat(text).contains("SMTP-сервер настроен", "head@municipality.invalid", "550 5.1.2",
        "Domain not found", "c@karakoltown.example.kg", "Пользователи без электронного адреса", "designer",
        "Письма, полученные демо почтовым сервером", "Жакшы / Хорошее");

    // the address corrected in Admin, the administrator sends it again
    jdbc.update("update so_notification set recipient_address = 'head@karakoltown.example.kg' "
        + "where notification_key = 'test:bad'");
    assertThat(admin.form("/mail/admin/retry", "_csrf", token(page.text()), "key", "test:bad").status()).isEqualTo(302);
    assertThat(delivery.deliverDue()).isEqualTo(1);
    assertThat(jdbc.queryForObject("select status from so_notification where notification_key = 'test:bad'",
        String.class)).isEqualTo("SENT");

    WebappClient official = new WebappClient(port);
    official.login(M + ".coordinator", "demo");
    assertThat(official.page("/mail/admin").status()).isEqualTo(403);
  }

  private static String token(String html) {
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
    assertThat(token.find()).as(html).isTrue();
    return token.group(1);
  }
}
