package kg.socialorder.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kg.socialorder.support.EngineTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox's delivery through a real SMTP server (the demo's GreenMail): what waits while the server
 * is down goes out once it is back, none lost and none twice; a refused address is FAILED with the
 * server's answer; 200 at once all arrive; two nodes racing for the same rows send each once.
 * Subclasses run them on H2 and on PostgreSQL.
 */
abstract class MailDeliveryScenarios extends EngineTest {

  @Autowired
  MailOutbox outbox;
  @Autowired
  MailDelivery delivery;
  @Autowired
  DemoMailServer server;
  @Autowired
  MailProperties properties;
  @Autowired
  ObjectProvider<JavaMailSender> sender;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  MailDigests digests;
  @Autowired
  DueDateWatch deadlines;

  @BeforeEach
  void emptyOutboxAndServer() {
    server.start();
    server.purge();
    jdbc.update("delete from so_notification where status is not null");
  }

  @Test
  void aMessageIsSentOnceAsTextAndHtml() {
    queue("one", "aigul@karakol.example.kg");
    assertThat(delivery.deliverDue()).isEqualTo(1);
    assertThat(delivery.deliverDue()).isZero();

    List<MimeMessage> received = server.received();
    assertThat(received).hasSize(1);
    MimeMessage message = received.get(0);
    assertThat(subject(message)).isEqualTo("Сыноо / Проверка one");
    assertThat(recipients(message)).containsExactly("aigul@karakol.example.kg");
    String raw = MailReading.raw(message);
    assertThat(raw).contains("text/plain").contains("text/html");
    assertThat(MailReading.text(message)).contains("Текст one");
    assertThat(MailReading.html(message)).contains("<p>Текст one</p>");
    assertThat(status("one")).isEqualTo("SENT");
  }

  @Test
  void whileTheServerIsDownMessagesWaitAndGoOutOnceItIsBackNoneLostNoneTwice() {
    server.stop();
    for (int i = 0; i < 5; i++) {
      queue("outage-" + i, "person" + i + "@karakol.example.kg");
    }
    assertThat(delivery.deliverDue()).isZero();
    assertThat(statuses()).containsOnly("PENDING");
    assertThat(jdbc.queryForList("select attempts from so_notification where status is not null", Integer.class))
        .containsOnly(1);
    assertThat(jdbc.queryForList("select last_error from so_notification where status is not null", String.class))
        .allSatisfy(error -> assertThat(error).containsIgnoringCase("connect"));

    // before the wait after the first failure nothing is tried; after it, a second attempt, and the wait doubles
    clock.moveBy(Duration.ofSeconds(30));
    assertThat(delivery.deliverDue()).isZero();
    assertThat(jdbc.queryForObject("select max(attempts) from so_notification where status is not null", Integer.class))
        .isEqualTo(1);
    clock.moveBy(properties.firstRetry());
    assertThat(delivery.deliverDue()).isZero();
    assertThat(jdbc.queryForObject("select min(attempts) from so_notification where status is not null", Integer.class))
        .isEqualTo(2);
    clock.moveBy(properties.firstRetry());
    assertThat(delivery.deliverDue()).as("the second wait is twice the first").isZero();
    assertThat(jdbc.queryForObject("select max(attempts) from so_notification where status is not null", Integer.class))
        .isEqualTo(2);

    server.start();
    clock.moveBy(properties.firstRetry());
    assertThat(delivery.deliverDue()).isEqualTo(5);
    assertThat(delivery.deliverDue()).isZero();
    clock.moveBy(Duration.ofHours(2));
    assertThat(delivery.deliverDue()).isZero();

    assertThat(statuses()).containsOnly("SENT");
    List<String> to = new ArrayList<>();
    server.received().forEach(message -> to.addAll(recipients(message)));
    assertThat(to).containsExactlyInAnyOrder("person0@karakol.example.kg", "person1@karakol.example.kg",
        "person2@karakol.example.kg", "person3@karakol.example.kg", "person4@karakol.example.kg");
  }

  @Test
  void anAddressTheServerRefusesIsFailedWithItsAnswerAndTheOthersGoOut() {
    queue("bad", "nobody@municipality.invalid");
    queue("good", "aigul@karakol.example.kg");
    assertThat(delivery.deliverDue()).isEqualTo(1);

    assertThat(status("bad")).isEqualTo("FAILED");
    assertThat(status("good")).isEqualTo("SENT");
    String error = jdbc.queryForObject("select last_error from so_notification where notification_key = ?",
        String.class, "test:bad");
    assertThat(error).contains("550").contains("nobody@municipality.invalid").contains("Domain not found");
    assertThat(outbox.latest(MailStatus.FAILED, 10)).extracting(MailOutbox.Row::key).containsExactly("test:bad");

    // a refusal is final: no further attempt
    clock.moveBy(Duration.ofDays(1));
    assertThat(delivery.deliverDue()).isZero();
    assertThat(jdbc.queryForObject("select attempts from so_notification where notification_key = 'test:bad'",
        Integer.class)).isEqualTo(1);
    assertThat(server.received()).hasSize(1);
  }

  @Test
  void twoHundredMessagesAtOnceAreAllDelivered() {
    transaction.executeWithoutResult(status -> {
      for (int i = 0; i < 200; i++) {
        queue("many-" + i, "person" + i + "@karakol.example.kg");
      }
    });
    int sent = 0;
    for (int round = delivery.deliverDue(); round > 0; round = delivery.deliverDue()) {
      sent += round;
    }
    assertThat(sent).isEqualTo(200);
    assertThat(statuses()).hasSize(200).containsOnly("SENT");
    Set<String> to = new HashSet<>();
    server.received().forEach(message -> to.addAll(recipients(message)));
    assertThat(server.received()).hasSize(200);
    assertThat(to).hasSize(200);
  }

  @Test
  void twoNodesRacingForTheSameRowsSendEachOnce() throws Exception {
    for (int i = 0; i < 40; i++) {
      queue("race-" + i, "person" + i + "@karakol.example.kg");
    }
    MailDelivery nodeA = node("node-a");
    MailDelivery nodeB = node("node-b");
    // both read the same due rows, then both claim them at once
    CountDownLatch bothRead = new CountDownLatch(2);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<List<String>>> claims = new ArrayList<>();
      for (MailDelivery node : List.of(nodeA, nodeB)) {
        claims.add(threads.submit(() -> {
          List<String> due = outbox.due(100);
          bothRead.countDown();
          assertThat(bothRead.await(30, TimeUnit.SECONDS)).isTrue();
          List<String> claimed = node.claim(due);
          node.deliver(claimed);
          return claimed;
        }));
      }
      List<String> a = claims.get(0).get(60, TimeUnit.SECONDS);
      List<String> b = claims.get(1).get(60, TimeUnit.SECONDS);
      assertThat(a.size() + b.size()).isEqualTo(40);
      assertThat(Collections.disjoint(a, b)).isTrue();
    } finally {
      threads.shutdownNow();
    }
    assertThat(statuses()).hasSize(40).containsOnly("SENT");
    assertThat(server.received()).hasSize(40);
  }

  @Test
  void theWorkerSendsAMessageOnceItsTransactionCommitsWithoutWaitingForItsRound() {
    MailProperties hourly = new MailProperties(properties.from(), properties.baseUrl(), true, "worker",
        Duration.ofHours(1), properties.batchSize(), properties.claimTime(), properties.firstRetry(),
        properties.maxRetry(), properties.maxAttempts(), properties.digestPeriod(), properties.reminderBefore(),
        properties.demoServer());
    MailWorker worker = new MailWorker(new MailDelivery(outbox, sender, hourly, clock), digests, deadlines, hourly);
    try {
      // not started: no round is scheduled, only the commit wakes it
      transaction.executeWithoutResult(status -> queue("committed", "aigul@karakol.example.kg"));
      worker.afterCommit(new MailOutbox.MailQueued("test:committed"));
      assertThat(server.awaitReceived(1, Duration.ofSeconds(30))).isTrue();
      assertThat(recipients(server.received().get(0))).containsExactly("aigul@karakol.example.kg");
    } finally {
      worker.destroy();
    }
  }

  @Test
  void withNoServerConfiguredMessagesAreRecordedAndWait() {
    MailDelivery unconfigured = new MailDelivery(outbox,
        new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), properties, clock);
    queue("waits", "aigul@karakol.example.kg");
    assertThat(unconfigured.configured()).isFalse();
    assertThat(unconfigured.deliverDue()).isZero();
    assertThat(status("waits")).isEqualTo("PENDING");
    assertThat(jdbc.queryForObject("select attempts from so_notification where notification_key = 'test:waits'",
        Integer.class)).isZero();
    // configured later, it goes out
    assertThat(delivery.deliverDue()).isEqualTo(1);
  }

  @Test
  void aMessageWrittenInAStepThatRollsBackIsNeverSent() {
    try {
      transaction.executeWithoutResult(status -> {
        queue("rolled-back", "aigul@karakol.example.kg");
        throw new IllegalStateException("the step fails");
      });
    } catch (IllegalStateException expected) {
      // the step's failure
    }
    assertThat(delivery.deliverDue()).isZero();
    assertThat(statuses()).isEmpty();
    assertThat(server.received()).isEmpty();
  }

  @Test
  void aPersonWithoutAnAddressIsRecordedAndNotTried() {
    queue("no-address", null);
    assertThat(status("no-address")).isEqualTo("NO_ADDRESS");
    assertThat(delivery.deliverDue()).isZero();
    assertThat(outbox.queue(mail("no-address", null))).as("the same occasion is written once").isFalse();
  }

  private MailDelivery node(String name) {
    MailProperties other = new MailProperties(properties.from(), properties.baseUrl(), false, name,
        properties.pollInterval(), properties.batchSize(), properties.claimTime(), properties.firstRetry(),
        properties.maxRetry(), properties.maxAttempts(), properties.digestPeriod(), properties.reminderBefore(),
        properties.demoServer());
    return new MailDelivery(outbox, sender, other, clock);
  }

  private void queue(String name, String address) {
    assertThat(outbox.queue(mail(name, address))).isTrue();
  }

  private static OutgoingMail mail(String name, String address) {
    return new OutgoingMail("test:" + name, "karakol", "test", "karakol.coordinator", address,
        "Сыноо / Проверка " + name, "Текст " + name, "<p>Текст " + name + "</p>",
        "http://localhost:8080/camunda/app/tasklist/", null);
  }

  private String status(String name) {
    return jdbc.queryForObject("select status from so_notification where notification_key = ?", String.class,
        "test:" + name);
  }

  private List<String> statuses() {
    return jdbc.queryForList("select status from so_notification where status is not null", String.class);
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> recipients(MimeMessage message) {
    try {
      List<String> to = new ArrayList<>();
      for (Address address : message.getAllRecipients()) {
        to.add(address.toString());
      }
      return to;
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
