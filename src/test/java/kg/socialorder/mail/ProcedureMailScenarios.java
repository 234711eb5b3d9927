package kg.socialorder.mail;

import static kg.socialorder.contract.ContractDriver.tranche;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.socialorder.competition.ApplicationIntake;
import kg.socialorder.competition.CompetitionDriver;
import kg.socialorder.contract.ContractDriver;
import kg.socialorder.contract.Notification;
import kg.socialorder.contract.Notifications;
import kg.socialorder.tranche.TrancheDriver;
import org.springframework.transaction.support.TransactionTemplate;
import kg.socialorder.portal.PortalClient;
import kg.socialorder.support.WebappTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the procedure sends, read from the real SMTP server as its reader gets it, links followed: a
 * call published to the municipality's NGOs, an application's receipt with the secret that changes
 * the application, one digest per person per hour of new tasks, a reminder before a due date and a
 * message after it to the person and the coordinators; kinds a person switched off are not sent.
 */
abstract class ProcedureMailScenarios extends WebappTest {

  static final String M = "karakoltown";

  @Autowired
  MailDelivery delivery;
  @Autowired
  MailDigests digests;
  @Autowired
  DueDateWatch deadlines;
  @Autowired
  MailPreferences preferences;
  @Autowired
  DemoMailServer server;
  @Autowired
  MailProperties properties;
  @Autowired
  ApplicationIntake intake;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  Notifications notifications;
  @Autowired
  TransactionTemplate transaction;

  @BeforeEach
  void emptyOutboxAndServer() {
    server.start();
    server.purge();
    jdbc.update("delete from so_notification where status is not null");
    jdbc.update("delete from so_mail_task_notice");
    jdbc.update("delete from so_mail_preference");
  }

  @Test
  void aCallReachesTheNgosAndTheReceiptsSecretChangesTheApplication() {
    CompetitionDriver competitions = new CompetitionDriver(engine, intake);
    ProcessInstance competition = competitions.start(M, 500_000);
    String call = competitions.announce(competition, M, 450_000, TODAY.plusDays(30));
    var registration = competitions.submit(call, competitions.application("«Аймира» КФ", "publicFund",
        "02203200610056", 420_000, "Күндүзгү борбор"));
    deliverAll();

    MimeMessage announced = only("aimira@socialorder.example.kg", "Сынак жарыяланды");
    assertThat(MailReading.text(announced)).contains("Объявлен конкурс № " + call, "Заявки принимаются до");
    HttpResponse<String> callPage = new PortalClient(port).get(path(MailReading.link(announced)));
    assertThat(callPage.statusCode()).isEqualTo(200);
    assertThat(callPage.body()).contains(call);

    MimeMessage receipt = only("info@example.kg", "Табыштама кабыл алынды");
    String text = MailReading.text(receipt);
    assertThat(text).contains(registration.registrationNumber(), "Секретный код для изменения заявки");
    Matcher secret = Pattern.compile("([A-Z2-9]{5}(-[A-Z2-9]{5}){3})").matcher(text);
    assertThat(secret.find()).isTrue();
    assertThat(secret.group(1)).isEqualTo(registration.secret());
    // the outbox keeps no secret once the receipt is out
    assertThat(jdbc.queryForList("select coalesce(mail_text, '') || body from so_notification where kind = 'receipt'",
        String.class)).singleElement().asString().doesNotContain(registration.secret());

    // the receipt's link and secret open the application for a change
    String change = path(MailReading.link(receipt));
    assertThat(change).isEqualTo("/portal/calls/" + call + "/change");
    PortalClient owner = new PortalClient(port);
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("_csrf", owner.token(change));
    fields.put("registrationNumber", registration.registrationNumber());
    fields.put("secret", secret.group(1));
    HttpResponse<String> opened = owner.post(change, fields);
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
    assertThat(opened.body()).contains("Изменение заявки", "value=\"Күндүзгү борбор\"");
  }

  @Test
  void newTasksComeAsOneDigestPerPersonPerHour() {
    ContractDriver contracts = new ContractDriver(engine);
    ProcessInstance first = contracts.start(M, 300_000, "«Аймира» КФ", 300_000);
    ProcessInstance second = contracts.start(M, 200_000, "«Аймира» КФ", 200_000);
    assertThat(digests.writeDue()).as("one digest for each of the municipality's coordinators").isEqualTo(1);
    clock.moveBy(Duration.ofMinutes(10));
    ProcessInstance third = contracts.start(M, 100_000, "«Аймира» КФ", 100_000);
    assertThat(digests.writeDue()).as("the hour since the last digest has not passed").isZero();
    deliverAll();

    MimeMessage digest = only(M + ".coordinator@socialorder.example.kg", "Жаңы тапшырмалар: 2");
    List<String> links = links(MailReading.html(digest));
    assertThat(links).contains(taskLink(contracts.task(first)), taskLink(contracts.task(second)));
    assertThat(MailReading.text(digest)).contains("Новые задачи: 2", contracts.task(first).getName());

    clock.moveBy(Duration.ofMinutes(51));
    assertThat(digests.writeDue()).isEqualTo(1);
    deliverAll();
    MimeMessage next = only(M + ".coordinator@socialorder.example.kg", "Жаңы тапшырмалар: 1");
    assertThat(links(MailReading.html(next))).contains(taskLink(contracts.task(third)));
    // the link leads to the task: its id is an open task of the coordinator's municipality
    String taskId = MailReading.link(next).replaceFirst(".*task=", "");
    assertThat(taskId).isIn(linksTaskIds(next));
  }

  @Test
  void aPersonWhoSwitchedNewTasksOffGetsNoDigestButDeadlinesStillCome() {
    preferences.switchOff(M + ".coordinator", Set.of(MailKind.TASKS, MailKind.ESCALATION));
    assertThat(preferences.switchedOff(M + ".coordinator")).containsExactly(MailKind.TASKS);
    ContractDriver contracts = new ContractDriver(engine);
    contracts.start(M, 300_000, "«Аймира» КФ", 300_000);
    assertThat(digests.writeDue()).isZero();
    deliverAll();
    assertThat(to(M + ".coordinator@socialorder.example.kg")).isEmpty();
  }

  @Test
  void aDueDateIsRemindedBeforeAndReportedOverdueToThePersonAndTheCoordinators() {
    ContractDriver contracts = new ContractDriver(engine);
    ProcessInstance contract = contracts.start(M, 300_000, "«Аймира» КФ", 300_000);
    String number = "№" + UUID.randomUUID().toString().substring(0, 8);
    contracts.complete(contract, contracts.draft(number, 300_000, "2026-03-10", "2026-12-31", "aimira",
        List.of(tranche(300_000, "2026-03-15", "2026-06-30"))));
    Task review = contracts.task(contract);
    assertThat(review.getAssignee()).isEqualTo("aimira");
    // the watch looks at every task of the database, other tests' too: what is asserted is this task's mail
    deadlines.writeDue();
    deliverAll();
    assertThat(about(review, "aimira@socialorder.example.kg", "Мөөнөт")).as("ten days before it is due: nothing yet")
        .isEmpty();

    clock.moveTo(review.getDueDate().toInstant().minus(Duration.ofHours(20)));
    deadlines.writeDue();
    deadlines.writeDue();
    deliverAll();
    List<MimeMessage> reminders = about(review, "aimira@socialorder.example.kg", "Мөөнөт жакындады");
    assertThat(reminders).as("one reminder, however often the watch looks").hasSize(1);
    assertThat(MailReading.link(reminders.get(0))).endsWith("task=" + review.getId());

    clock.moveTo(review.getDueDate().toInstant().plus(Duration.ofHours(1)));
    deadlines.writeDue();
    deliverAll();
    List<MimeMessage> overdue = about(review, "aimira@socialorder.example.kg", "Мөөнөт өттү");
    assertThat(overdue).as("the contractor is told").hasSize(1);
    assertThat(MailReading.text(overdue.get(0))).contains("Срок пропущен", "Исполнитель: ");
    assertThat(about(review, M + ".coordinator@socialorder.example.kg", "Мөөнөт өттү"))
        .as("and the municipality's coordinator").hasSize(1);
  }

  @Test
  void aSignedContractAndItsPaidTrancheReachTheContractorAndTheCoordinators() {
    ContractDriver contracts = new ContractDriver(engine);
    TrancheDriver tranches = new TrancheDriver(engine);
    String number = "№" + UUID.randomUUID().toString().substring(0, 8);
    ProcessInstance contract = contracts.start(M, 300_000, "«Аймира» КФ", 300_000);
    contracts.complete(contract, contracts.draft(number, 300_000, "2026-03-10", "2026-12-31", "aimira",
        List.of(tranche(300_000, "2026-03-15", "2026-06-30"))));
    contracts.complete(contract, contracts.sign());
    contracts.complete(contract, contracts.headSignature());
    contracts.complete(contract, contracts.group(ContractDriver.lawfulGroup(M)));
    tranches.runJob(contract, "RegisterContract");
    ProcessInstance first = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(contract.getId()).singleResult();
    tranches.pay(first, TODAY.toString());
    deliverAll();

    MimeMessage signed = only("aimira@socialorder.example.kg", "Келишимге кол коюлду № " + number);
    assertThat(MailReading.text(signed)).contains("Договор подписан № " + number, "Сумма: 300\u00a0000\u00a0сом");
    only(M + ".coordinator@socialorder.example.kg", "Келишимге кол коюлду № " + number);
    MimeMessage paid = only("aimira@socialorder.example.kg", "Транш төлөндү: келишим № " + number);
    assertThat(MailReading.text(paid)).contains("Транш оплачен", "оплачено 300\u00a0000\u00a0сом");
    assertThat(MailReading.link(paid)).isEqualTo(properties.baseUrl() + "/camunda/app/tasklist/default/");
    // every message says where the person switches kinds off
    assertThat(MailReading.text(paid)).contains(properties.baseUrl() + "/mail/settings");
  }

  @Test
  void aReminderTheProcessRecordsGoesToItsPersonByMail() {
    transaction.executeWithoutResult(status -> notifications.sendOnce(new Notification("reportReminder:test:" + UUID.randomUUID(),
        M, "reportReminder", "aimira", "Отчеттун мөөнөтү жакындады / Приближается срок отчёта",
        "Келишим № 7, 1-транш: отчетту 30.06.2026 чейин тапшырыңыз. / Договор № 7, транш 1: сдайте отчёт до 30.06.2026.",
        null)));
    deliverAll();
    MimeMessage reminder = only("aimira@socialorder.example.kg", "Отчеттун мөөнөтү жакындады");
    assertThat(subject(reminder)).isEqualTo("Отчеттун мөөнөтү жакындады / Приближается срок отчёта");
    assertThat(MailReading.text(reminder)).contains("сдайте отчёт до 30.06.2026");
    // a reminder is mandatory: switching kinds off does not stop it
    assertThat(preferences.wants("aimira", MailKind.REMINDER)).isTrue();
  }

  private void deliverAll() {
    while (delivery.deliverDue() > 0) {
      // until nothing is due
    }
  }

  private String taskLink(Task task) {
    return properties.baseUrl() + "/camunda/app/tasklist/default/#/?task=" + task.getId();
  }

  private List<String> linksTaskIds(MimeMessage message) {
    List<String> ids = new ArrayList<>();
    for (String link : links(MailReading.html(message))) {
      if (link.contains("task=")) {
        String id = link.replaceFirst(".*task=", "");
        if (engine.getTaskService().createTaskQuery().taskId(id).tenantIdIn(M).count() == 1) {
          ids.add(id);
        }
      }
    }
    return ids;
  }

  private static List<String> links(String html) {
    List<String> links = new ArrayList<>();
    Matcher href = Pattern.compile("href=\"([^\"]+)\"").matcher(html);
    while (href.find()) {
      links.add(href.group(1).replace("&amp;", "&"));
    }
    return links;
  }

  private String path(String link) {
    assertThat(link).startsWith(properties.baseUrl());
    return link.substring(properties.baseUrl().length());
  }

  /** The one message to the address whose subject starts so. */
  /** The messages to that address, on that subject, that link to that task. */
  private List<MimeMessage> about(Task task, String address, String subject) {
    return to(address).stream().filter(m -> subject(m).startsWith(subject))
        .filter(m -> MailReading.link(m).endsWith("task=" + task.getId())).toList();
  }

  private MimeMessage only(String address, String subject) {
    List<MimeMessage> found = to(address).stream().filter(m -> subject(m).startsWith(subject)).toList();
    assertThat(found).as("messages to " + address + " about " + subject).hasSize(1);
    return found.get(0);
  }

  private List<MimeMessage> to(String address) {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage message : server.received()) {
      try {
        for (Address recipient : message.getAllRecipients()) {
          if (recipient.toString().equals(address)) {
            found.add(message);
          }
        }
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return found;
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
