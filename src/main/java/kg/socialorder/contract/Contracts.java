package kg.socialorder.contract;

import kg.socialorder.PublicFormat;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * A contract's registration and its end, each written in the register and raised as an event in the
 * transaction of the step: the step, the register and what listens (the open data) commit or roll
 * back together. Each is written once however often its step runs, and its listeners publish once.
 */
@Service
public class Contracts {

  static final String KIND_PUBLISHED = "contractPublished";

  private final ContractRegister register;
  private final Notifications notifications;
  private final ApplicationEventPublisher events;

  public Contracts(ContractRegister register, Notifications notifications, ApplicationEventPublisher events) {
    this.register = register;
    this.notifications = notifications;
    this.events = events;
  }

  /** Registers the signed contract, announces it publicly and raises {@link ContractRegistered}. */
  public void register(ContractRegister.Entry entry, Winner winner, String projectTitle) {
    register.registerOnce(entry);
    String municipality = entry.municipality();
    String number = entry.contractNumber();
    notifications.sendOnce(new Notification(
        KIND_PUBLISHED + ":" + municipality + ":" + number, municipality, KIND_PUBLISHED, Notification.PUBLIC,
        "Келишим № " + number + " / Договор № " + number,
        "Аткаруучу / Исполнитель: " + entry.contractorName() + "\n"
            + "Долбоор / Проект: " + projectTitle + "\n"
            + "Сумма / Сумма: " + PublicFormat.som(entry.amount()) + "\n"
            + "Мөөнөтү / Срок: " + PublicFormat.day(entry.start()) + " – " + PublicFormat.day(entry.end()),
        entry.processInstanceId()));
    events.publishEvent(new ContractRegistered(municipality, entry.businessKey(), number, winner,
        entry.contractorName(), projectTitle, entry.amount(), entry.start(), entry.end(), entry.signedOn(),
        entry.plan().tranches(), entry.indicators()));
  }

  /** Records how the contract ended and raises {@link ContractEnded}. */
  public void close(String municipality, String themeKey, String contractNumber, String processInstanceId,
      String outcome, String terminationReason) {
    register.close(processInstanceId, outcome);
    boolean terminated = ContractVariables.OUTCOME_TERMINATED.equals(outcome);
    events.publishEvent(new ContractEnded(municipality, themeKey, contractNumber, terminated,
        terminated ? terminationReason : null));
  }
}
