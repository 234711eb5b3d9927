package kg.socialorder.contract;

import static kg.socialorder.contract.ContractVariables.CONTRACTOR_NAME;
import static kg.socialorder.contract.ContractVariables.CONTRACTOR_USER_ID;
import static kg.socialorder.contract.ContractVariables.CONTRACT_AMOUNT;
import static kg.socialorder.contract.ContractVariables.CONTRACT_END;
import static kg.socialorder.contract.ContractVariables.CONTRACT_NUMBER;
import static kg.socialorder.contract.ContractVariables.CONTRACT_START;
import static kg.socialorder.contract.ContractVariables.INDICATORS;
import static kg.socialorder.contract.ContractVariables.MUNICIPALITY;
import static kg.socialorder.contract.ContractVariables.PROJECT_TITLE;
import static kg.socialorder.contract.ContractVariables.REGISTERED_ON;
import static kg.socialorder.contract.ContractVariables.SIGNED_ON;
import static kg.socialorder.contract.ContractVariables.TRANCHE_PLAN;

import java.math.BigDecimal;
import java.time.LocalDate;
import kg.socialorder.PublicFormat;
import kg.socialorder.engine.BusinessCalendar;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.ocds.OcdsPublisher;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Registers the signed contract and publishes it. Runs as its own job (asyncBefore) with retries:
 * the register and the publication are written once, however often the job runs.
 */
@Component("registerContract")
public class RegisterContract implements JavaDelegate {

  static final String KIND_PUBLISHED = "contractPublished";

  private final ContractRegister register;
  private final Notifications notifications;
  private final BusinessCalendar calendar;
  private final OcdsPublisher ocds;

  public RegisterContract(ContractRegister register, Notifications notifications, BusinessCalendar calendar, OcdsPublisher ocds) {
    this.register = register;
    this.notifications = notifications;
    this.calendar = calendar;
    this.ocds = ocds;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String municipality = (String) execution.getVariable(MUNICIPALITY);
    String number = (String) execution.getVariable(CONTRACT_NUMBER);
    String contractor = (String) execution.getVariable(CONTRACTOR_NAME);
    BigDecimal amount = BigDecimal.valueOf(((Number) execution.getVariable(CONTRACT_AMOUNT)).doubleValue());
    LocalDate start = LocalDate.parse((String) execution.getVariable(CONTRACT_START));
    LocalDate end = LocalDate.parse((String) execution.getVariable(CONTRACT_END));
    register.registerOnce(new ContractRegister.Entry(municipality, number, execution.getProcessInstanceId(),
        execution.getProcessBusinessKey(), contractor, (String) execution.getVariable(CONTRACTOR_USER_ID),
        amount, start, end, LocalDate.parse((String) execution.getVariable(SIGNED_ON)),
        new TranchePlan(JsonVariables.records(execution.getVariable(TRANCHE_PLAN), PlannedTranche.class)),
        JsonVariables.records(execution.getVariable(INDICATORS), TargetIndicator.class)));
    notifications.sendOnce(new Notification(
        KIND_PUBLISHED + ":" + municipality + ":" + number, municipality, KIND_PUBLISHED, Notification.PUBLIC,
        "Келишим № " + number + " / Договор № " + number,
        "Аткаруучу / Исполнитель: " + contractor + "\n"
            + "Долбоор / Проект: " + execution.getVariable(PROJECT_TITLE) + "\n"
            + "Сумма / Сумма: " + PublicFormat.som(amount) + "\n"
            + "Мөөнөтү / Срок: " + PublicFormat.day(start) + " – " + PublicFormat.day(end),
        execution.getProcessInstanceId()));
    ocds.contract(execution);
    if (execution.getVariable(REGISTERED_ON) == null) {
      execution.setVariable(REGISTERED_ON, calendar.today().toString());
    }
  }
}
