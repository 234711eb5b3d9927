package kg.socialorder.people;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kg.socialorder.identity.Role;
import kg.socialorder.mail.DemoMailServer;
import kg.socialorder.mail.MailDelivery;
import kg.socialorder.mail.MailReading;
import kg.socialorder.support.HttpCalls;
import kg.socialorder.support.Together;
import kg.socialorder.support.WebappClient;
import kg.socialorder.support.WebappTest;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An invitation as its person meets it: the message arrives at the real SMTP server (the demo's
 * GreenMail), its link opens the public page, a password the policy refuses leaves the link working,
 * a good one sets it and the person logs in. The link then works no more, nor after it expires (the
 * procedure's clock moved past it); of two redemptions forced to meet at the database exactly one
 * wins; the token is in no log, and in the database only as a hash. Subclasses run them on H2 and
 * PostgreSQL.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class InvitationScenarios extends WebappTest {

  static final String M = "katran";
  static final String GOOD_PASSWORD = "Сары-Өзөн жайлоосу 2026";

  @Autowired
  Invitations invitations;
  @Autowired
  StaffAccounts accounts;
  @Autowired
  MailDelivery delivery;
  @Autowired
  DemoMailServer server;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  PeopleProperties properties;

  @BeforeEach
  void emptyServer() {
    server.start();
    server.purge();
  }

  @Test
  void theLinkSetsThePasswordOnceAndThePersonLogsIn(CapturedOutput output) {
    User user = invited("Айгүл Токтосунова", "aigul.toktosunova@katran.example.kg");
    String link = linkFor("aigul.toktosunova@katran.example.kg");
    String token = link.substring(link.lastIndexOf('/') + 1);
    assertThat(link).startsWith("http://localhost:").contains("/people/invitation/");

    HttpResponse<String> page = get(link);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(user.getId(), "Айгүл Токтосунова", "Установить пароль");
    assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
    assertThat(page.headers().firstValue("Referrer-Policy").orElseThrow()).isEqualTo("no-referrer");

    HttpResponse<String> weak = post(token, "qwerty", "qwerty");
    assertThat(weak.statusCode()).isEqualTo(400);
    assertThat(weak.body()).contains("password").doesNotContain("Пароль сохранён");
    HttpResponse<String> mismatch = post(token, GOOD_PASSWORD, GOOD_PASSWORD + "!");
    assertThat(mismatch.statusCode()).isEqualTo(400);
    assertThat(mismatch.body()).contains("Пароли не совпадают");
    assertThat(get(link).statusCode()).as("a refused password leaves the link working").isEqualTo(200);

    HttpResponse<String> set = post(token, GOOD_PASSWORD, GOOD_PASSWORD);
    assertThat(set.statusCode()).isEqualTo(200);
    assertThat(set.body()).contains("Пароль сохранён", user.getId());
    assertThat(new WebappClient(port).login(user.getId(), GOOD_PASSWORD)).isEqualTo(200);

    assertThat(get(link).statusCode()).as("used").isEqualTo(410);
    HttpResponse<String> again = post(token, "Другой длинный пароль 77", "Другой длинный пароль 77");
    assertThat(again.statusCode()).isEqualTo(410);
    assertThat(again.body()).contains("Ссылка не действует");
    assertThat(new WebappClient(port).login(user.getId(), GOOD_PASSWORD)).isEqualTo(200);

    // stored as a hash only; the sent message's text is dropped from the outbox and its link never kept
    assertThat(jdbc.queryForObject("select count(*) from so_invitation where token_hash = ?", Integer.class,
        Invitations.hash(token))).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from so_invitation where token_hash = ?", Integer.class, token))
        .isZero();
    assertThat(jdbc.queryForList("select coalesce(mail_text, '') || coalesce(mail_html, '') || coalesce(body, '') "
        + "|| coalesce(link, '') from so_notification where recipient = ?", String.class, user.getId()))
        .hasSize(1).allSatisfy(kept -> assertThat(kept).doesNotContain(token));
    assertThat(output.getAll()).doesNotContain(token);
  }

  @Test
  void theLinkExpiresByTheProceduresClock() {
    User user = invited("Бакыт Осмонов", "bakyt.osmonov@katran.example.kg");
    String link = linkFor("bakyt.osmonov@katran.example.kg");
    clock.moveBy(properties.invitationValidity().minus(Duration.ofMinutes(1)));
    assertThat(get(link).statusCode()).as("a minute before it expires").isEqualTo(200);
    clock.moveBy(Duration.ofMinutes(2));
    assertThat(get(link).statusCode()).isEqualTo(410);
    String token = link.substring(link.lastIndexOf('/') + 1);
    assertThat(post(token, GOOD_PASSWORD, GOOD_PASSWORD).statusCode()).isEqualTo(410);
    assertThat(new WebappClient(port).login(user.getId(), GOOD_PASSWORD)).isNotEqualTo(200);
  }

  @Test
  void aNewInvitationEndsTheOldLink() {
    User user = invited("Нурлан Асанов", "nurlan.asanov@katran.example.kg");
    String first = linkFor("nurlan.asanov@katran.example.kg");
    server.purge();
    transaction.executeWithoutResult(status -> invitations.invite(user, M, "Катран", "test"));
    delivery.deliverDue();
    String second = linkFor("nurlan.asanov@katran.example.kg");
    assertThat(second).isNotEqualTo(first);
    assertThat(get(first).statusCode()).isEqualTo(410);
    assertThat(get(second).statusCode()).isEqualTo(200);
  }

  /**
   * Both redemptions read the link as open, then meet at its row, which the test holds locked until
   * both wait on it: the one update that marks it used wins, the other finds it used.
   */
  @Test
  void ofTwoRedemptionsAtOnceExactlyOneWins() throws Exception {
    User user = invited("Чолпон Мамытова", "cholpon.mamytova@katran.example.kg");
    String link = linkFor("cholpon.mamytova@katran.example.kg");
    String token = link.substring(link.lastIndexOf('/') + 1);
    String hash = Invitations.hash(token);

    CountDownLatch locked = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService holder = Executors.newSingleThreadExecutor();
    try {
      Future<?> lock = holder.submit(() -> transaction.executeWithoutResult(status -> {
        jdbc.queryForList("select token_hash from so_invitation where token_hash = ? for update", String.class, hash);
        locked.countDown();
        try {
          assertThat(release.await(2, TimeUnit.MINUTES)).isTrue();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }));
      assertThat(locked.await(1, TimeUnit.MINUTES)).isTrue();
      ExecutorService racers = Executors.newSingleThreadExecutor();
      try {
        List<Callable<Integer>> both = List.of(
            () -> post(token, GOOD_PASSWORD, GOOD_PASSWORD).statusCode(),
            () -> post(token, "Иссык-Куль көлү 1961", "Иссык-Куль көлү 1961").statusCode());
        Future<List<Integer>> answers = racers.submit(() -> Together.atOnce(both));
        awaitWaitingOnLocks(2);
        release.countDown();
        lock.get(1, TimeUnit.MINUTES);
        List<Integer> statuses = answers.get(2, TimeUnit.MINUTES);
        assertThat(statuses).containsExactlyInAnyOrder(200, 410);
        String winner = statuses.get(0) == 200 ? GOOD_PASSWORD : "Иссык-Куль көлү 1961";
        String loser = statuses.get(0) == 200 ? "Иссык-Куль көлү 1961" : GOOD_PASSWORD;
        assertThat(new WebappClient(port).login(user.getId(), winner)).isEqualTo(200);
        assertThat(new WebappClient(port).login(user.getId(), loser)).isNotEqualTo(200);
      } finally {
        racers.shutdownNow();
      }
    } finally {
      release.countDown();
      holder.shutdownNow();
    }
  }

  /** Waits (a condition, not a time) until {@code count} sessions wait on a lock another holds. */
  private void awaitWaitingOnLocks(int count) throws InterruptedException {
    String query = isPostgres()
        ? "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
        : "select count(*) from information_schema.sessions where blocker_id is not null";
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (jdbc.queryForObject(query, Integer.class) < count) {
      assertThat(System.nanoTime()).as("both redemptions wait on the held row").isLessThan(deadline);
      Thread.onSpinWait();
    }
  }

  private boolean isPostgres() {
    return jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()).contains("PostgreSQL");
  }

  private User invited(String name, String email) {
    return transaction.execute(status -> {
      User user = accounts.create(name, email, null, Role.COMMISSION, M);
      invitations.invite(user, M, "Катран", "test");
      return user;
    });
  }

  /** Sends what waits and reads the link of the newest message to the address. */
  private String linkFor(String address) {
    delivery.deliverDue();
    List<MimeMessage> to = new ArrayList<>();
    for (MimeMessage message : server.received()) {
      if (MailReading.raw(message).contains(address)) {
        to.add(message);
      }
    }
    assertThat(to).as("messages to " + address).isNotEmpty();
    MimeMessage last = to.get(to.size() - 1);
    assertThat(MailReading.text(last)).contains("Установить пароль", "Ссылка работает один раз");
    return MailReading.link(last);
  }

  private HttpResponse<String> get(String link) {
    URI uri = URI.create(link);
    return HttpCalls.send(HttpClient.newHttpClient(),
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + uri.getPath())).GET());
  }

  private HttpResponse<String> post(String token, String password, String repeated) {
    return InvitationPage.setPassword(port, token, password, repeated);
  }

}
