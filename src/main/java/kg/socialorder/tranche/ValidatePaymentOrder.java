package kg.socialorder.tranche;

import static kg.socialorder.tranche.TrancheVariables.PAYMENT_APPROVED;
import static kg.socialorder.tranche.TrancheVariables.PAYMENT_ORDER_DATE;
import static kg.socialorder.tranche.TrancheVariables.PAYMENT_ORDER_NUMBER;

import java.time.LocalDate;
import kg.socialorder.engine.BusinessCalendar;
import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.ValidationMessages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Finance approves the payment order of the tranche: its number, its date, the approval. */
@Component("validatePaymentOrder")
public class ValidatePaymentOrder implements TaskListener {

  static final int MAX_NUMBER_LENGTH = 50;

  private final ValidationMessages messages;
  private final BusinessCalendar calendar;

  public ValidatePaymentOrder(ValidationMessages messages, BusinessCalendar calendar) {
    this.messages = messages;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = messages.check();
    String number = check.text(PAYMENT_ORDER_NUMBER, task.getVariable(PAYMENT_ORDER_NUMBER), true);
    if (number != null && number.length() > MAX_NUMBER_LENGTH) {
      check.reject(PAYMENT_ORDER_NUMBER, "tooLong", MAX_NUMBER_LENGTH);
    }
    LocalDate date = check.date(PAYMENT_ORDER_DATE, task.getVariable(PAYMENT_ORDER_DATE), true, calendar.zone());
    if (date != null && date.isAfter(calendar.today())) {
      check.reject(PAYMENT_ORDER_DATE, "dateInFuture");
    }
    if (!check.flag(PAYMENT_APPROVED, task.getVariable(PAYMENT_APPROVED)) && !check.hasViolationFor(PAYMENT_APPROVED)) {
      check.reject(PAYMENT_APPROVED, "approvalRequired");
    }
    check.throwIfInvalid();

    task.setVariable(PAYMENT_ORDER_NUMBER, number);
    task.setVariable(PAYMENT_ORDER_DATE, date.toString());
    task.setVariable(PAYMENT_APPROVED, true);
  }
}
