package kg.socialorder.mail;

import java.time.ZoneId;
import java.util.List;
import kg.socialorder.PublicFormat;
import kg.socialorder.competition.Application;
import kg.socialorder.competition.ApplicationReceived;
import kg.socialorder.competition.ApplicationRegister;
import kg.socialorder.competition.CallPublished;
import kg.socialorder.competition.CompetitionCall;
import kg.socialorder.competition.ResultsPublished;
import kg.socialorder.contract.ContractRegister;
import kg.socialorder.contract.ContractRegistered;
import kg.socialorder.contract.Notification;
import kg.socialorder.contract.NotificationRecorded;
import kg.socialorder.identity.Role;
import kg.socialorder.tranche.ReportOutcome;
import kg.socialorder.tranche.TranchePaid;
import kg.socialorder.tranche.TrancheReportDecided;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The messages the procedure's events occasion, written in the transaction of the step that raised
 * them (a step that rolls back writes none, a retried one writes each once): a call published to the
 * municipality's NGOs; its results to every applicant and the coordinators; a contract signed, a
 * tranche paid, a report accepted or sent back to the contractor; the receipt of an application to
 * its contact address; a reminder the process wrote to the person it names.
 */
@Component
public class ProcedureMail {

  private final MailWriter writer;
  private final MailPeople people;
  private final MailLinks links;
  private final ApplicationRegister applications;
  private final ContractRegister contracts;
  private final ZoneId zone;

  public ProcedureMail(MailWriter writer, MailPeople people, MailLinks links, ApplicationRegister applications,
      ContractRegister contracts, java.time.Clock clock) {
    this.writer = writer;
    this.people = people;
    this.links = links;
    this.applications = applications;
    this.contracts = contracts;
    this.zone = clock.getZone();
  }

  @EventListener
  public void callPublished(CallPublished event) {
    CompetitionCall call = event.call();
    String deadline = PublicFormat.day(call.deadlineAt().atZone(zone).toLocalDate());
    MailContent content = new MailContent(
        "Сынак жарыяланды № " + call.callNumber(), "Объявлен конкурс № " + call.callNumber(),
        List.of("Көйгөй: " + call.problem(), "Бюджеттин чеги: " + PublicFormat.som(call.budgetCeiling()),
            "Табыштамалар " + deadline + " чейин кабыл алынат."),
        List.of("Проблема: " + call.problem(), "Предельный бюджет: " + PublicFormat.som(call.budgetCeiling()),
            "Заявки принимаются до " + deadline + "."),
        List.of(), links.call(call.callNumber()), "Сынак жарыялоо / Объявление конкурса", null);
    for (MailPeople.Person ngo : people.members(Role.CONTRACTOR.groupId(), call.municipality())) {
      writer.toPerson(call.callNumber() + ":" + call.round(), call.municipality(), MailKind.CALL_PUBLISHED, ngo.id(),
          content, call.processInstanceId());
    }
  }

  @EventListener
  public void resultsPublished(ResultsPublished event) {
    CompetitionCall call = event.call();
    String occasion = call.callNumber() + ":" + call.scoringRound();
    String winner = event.winner().organisationName();
    MailContent content = new MailContent(
        "Сынактын жыйынтыктары № " + call.callNumber(), "Итоги конкурса № " + call.callNumber(),
        List.of("Сынактын жеңүүчүсү: " + winner + " («" + event.winner().projectTitle() + "»).",
            "Жыйынтыктарга даттанууну " + appealDeadline(call) + " чейин берсе болот."),
        List.of("Победитель конкурса: " + winner + " («" + event.winner().projectTitle() + "»).",
            "Обжаловать итоги можно до " + appealDeadline(call) + "."),
        List.of(), links.results(call.callNumber()), "Жыйынтыктар / Итоги", null);
    for (Application application : applications.ofCall(call.callNumber())) {
      writer.toAddress(occasion, call.municipality(), MailKind.RESULTS_PUBLISHED, application.email(), content,
          call.processInstanceId());
    }
    for (MailPeople.Person coordinator : people.members(Role.COORDINATOR.groupId(), call.municipality())) {
      writer.toPerson(occasion, call.municipality(), MailKind.RESULTS_PUBLISHED, coordinator.id(), content,
          call.processInstanceId());
    }
  }

  @EventListener
  public void contractSigned(ContractRegistered event) {
    String number = event.contractNumber();
    MailContent content = new MailContent(
        "Келишимге кол коюлду № " + number, "Договор подписан № " + number,
        List.of("Аткаруучу: " + event.contractorName(), "Долбоор: " + event.projectTitle(),
            "Сумма: " + PublicFormat.som(event.amount()),
            "Мөөнөтү: " + PublicFormat.day(event.start()) + " – " + PublicFormat.day(event.end())),
        List.of("Исполнитель: " + event.contractorName(), "Проект: " + event.projectTitle(),
            "Сумма: " + PublicFormat.som(event.amount()),
            "Срок: " + PublicFormat.day(event.start()) + " – " + PublicFormat.day(event.end())),
        List.of(), links.tasklist(), "Тапшырмалар / Задачи", null);
    contracts.contractorUserId(event.municipality(), number).ifPresent(contractor ->
        writer.toPerson(event.municipality() + ":" + number, event.municipality(), MailKind.CONTRACT_SIGNED,
            contractor, content, null));
    for (MailPeople.Person coordinator : people.members(Role.COORDINATOR.groupId(), event.municipality())) {
      writer.toPerson(event.municipality() + ":" + number, event.municipality(), MailKind.CONTRACT_SIGNED,
          coordinator.id(), content, null);
    }
  }

  @EventListener
  public void tranchePaid(TranchePaid event) {
    String number = event.contractNumber();
    int tranche = event.trancheNumber();
    MailContent content = new MailContent(
        "Транш төлөндү: келишим № " + number + ", " + tranche + "-транш",
        "Транш оплачен: договор № " + number + ", транш " + tranche,
        List.of(PublicFormat.day(event.paidOn()) + " " + PublicFormat.som(event.amount()) + " төлөндү ("
            + event.contractorName() + ")."),
        List.of(PublicFormat.day(event.paidOn()) + " оплачено " + PublicFormat.som(event.amount()) + " ("
            + event.contractorName() + ")."),
        List.of(), links.tasklist(), "Тапшырмалар / Задачи", null);
    contracts.contractorUserId(event.municipality(), number).ifPresent(contractor ->
        writer.toPerson(event.municipality() + ":" + number + ":" + tranche, event.municipality(),
            MailKind.TRANCHE_PAID, contractor, content, null));
  }

  @EventListener
  public void reportDecided(TrancheReportDecided event) {
    String number = event.contractNumber();
    int tranche = event.trancheNumber();
    boolean accepted = event.outcome() == ReportOutcome.ACCEPTED;
    MailContent content = accepted
        ? new MailContent("Отчет кабыл алынды: келишим № " + number + ", " + tranche + "-транш",
            "Отчёт принят: договор № " + number + ", транш " + tranche,
            List.of(tranche + "-транш боюнча отчет кабыл алынды."),
            List.of("Отчёт по траншу " + tranche + " принят."),
            List.of(), links.tasklist(), "Тапшырмалар / Задачи", null)
        : new MailContent("Отчет оңдоого кайтарылды: келишим № " + number + ", " + tranche + "-транш",
            "Отчёт возвращён на доработку: договор № " + number + ", транш " + tranche,
            List.of(tranche + "-транш боюнча отчет оңдоого кайтарылды. Оңдолгон отчетту Tasklist'те тапшырыңыз."),
            List.of("Отчёт по траншу " + tranche + " возвращён на доработку. Сдайте исправленный отчёт в Tasklist."),
            List.of(), links.tasklist(), "Тапшырмалар / Задачи", null);
    contracts.contractorUserId(event.municipality(), number).ifPresent(contractor ->
        // a report may be sent back more than once: each decision is its own occasion (a step that is
        // retried rolled its first message back)
        writer.toPerson(event.municipality() + ":" + number + ":" + tranche + ":" + event.outcome() + ":"
                + java.util.UUID.randomUUID(), event.municipality(), MailKind.REPORT_DECIDED, contractor, content,
            null));
  }

  @EventListener
  public void applicationReceived(ApplicationReceived event) {
    var receipt = event.registration();
    String submitted = PublicFormat.day(receipt.submittedAt().atZone(zone).toLocalDate());
    MailContent content = new MailContent(
        "Табыштама кабыл алынды № " + receipt.registrationNumber(),
        "Заявка принята № " + receipt.registrationNumber(),
        List.of(receipt.organisationName() + ", «" + receipt.projectTitle() + "»: табыштама " + submitted
                + " катталды, каттоо номери " + receipt.registrationNumber() + ".",
            "Табыштаманы өзгөртүү үчүн купуя сөз: " + receipt.secret(),
            "Бул купуя сөздү эч кимге бербеңиз: аны билген адам табыштаманы өзгөртө алат."),
        List.of(receipt.organisationName() + ", «" + receipt.projectTitle() + "»: заявка зарегистрирована "
                + submitted + ", регистрационный номер " + receipt.registrationNumber() + ".",
            "Секретный код для изменения заявки: " + receipt.secret(),
            "Никому не передавайте этот код: знающий его может изменить заявку."),
        List.of(), links.changeApplication(receipt.callNumber()), "Табыштаманы өзгөртүү / Изменить заявку", null);
    writer.toAddress(receipt.registrationNumber(), event.call().municipality(), MailKind.RECEIPT,
        event.contactEmail(), content, event.call().processInstanceId());
  }

  /** A reminder the process wrote for a person (e.g. a tranche report due soon) goes to them by e-mail too. */
  @EventListener
  public void notificationRecorded(NotificationRecorded event) {
    Notification notification = event.notification();
    if (Notification.PUBLIC.equals(notification.recipient())) {
      return;
    }
    String[] subject = notification.subject().split(" / ", 2);
    String[] body = notification.body().split(" / ", 2);
    MailContent content = new MailContent(subject[0], subject.length > 1 ? subject[1] : subject[0],
        List.of(body[0]), List.of(body.length > 1 ? body[1] : body[0]), List.of(), links.tasklist(),
        "Тапшырмалар / Задачи", null);
    writer.toPerson(notification.key(), notification.municipality(), MailKind.REMINDER, notification.recipient(),
        content, notification.processInstanceId());
  }

  private String appealDeadline(CompetitionCall call) {
    return call.appealDeadlineAt() == null ? "—" : PublicFormat.day(call.appealDeadlineAt().atZone(zone).toLocalDate());
  }
}
