package kg.socialorder.finalreport;

import static kg.socialorder.finalreport.FinalReportVariables.REFUND_AMOUNT;
import static kg.socialorder.finalreport.FinalReportVariables.REFUND_DATE;
import static kg.socialorder.finalreport.FinalReportVariables.REFUND_REFERENCE;
import static kg.socialorder.finalreport.FinalReportVariables.UNSPENT_AMOUNT;

import java.math.BigDecimal;
import java.time.LocalDate;
import kg.socialorder.engine.Actors;
import kg.socialorder.engine.BusinessCalendar;
import kg.socialorder.engine.MoneyVariable;
import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.ValidationMessages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Finance records the refund of the unspent money (as the case record has it): exactly that amount,
 * already received.
 */
@Component("validateRefund")
public class ValidateRefund implements TaskListener {

  private final ValidationMessages messages;
  private final BusinessCalendar calendar;
  private final FinalReportRegister register;

  public ValidateRefund(ValidationMessages messages, BusinessCalendar calendar, FinalReportRegister register) {
    this.messages = messages;
    this.calendar = calendar;
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = messages.check();
    String key = task.getExecution().getProcessBusinessKey();
    BigDecimal unspent = register.find(key).map(FinalReportCase::unspent)
        .orElseGet(() -> check.amountOrZero(UNSPENT_AMOUNT, task.getVariable(UNSPENT_AMOUNT), true));
    BigDecimal amount = check.amount(REFUND_AMOUNT, task.getVariable(REFUND_AMOUNT), true);
    if (amount != null && amount.compareTo(unspent) != 0) {
      check.reject(REFUND_AMOUNT, "refundNotUnspent", unspent);
    }
    LocalDate date = check.date(REFUND_DATE, task.getVariable(REFUND_DATE), true, calendar.zone());
    if (date != null && date.isAfter(calendar.today())) {
      check.reject(REFUND_DATE, "dateInFuture");
    }
    String reference = check.text(REFUND_REFERENCE, task.getVariable(REFUND_REFERENCE), true);
    check.throwIfInvalid();
    register.refunded(key, amount, date, reference, Actors.of(task));
    task.setVariable(REFUND_AMOUNT, MoneyVariable.of(amount));
    task.setVariable(REFUND_DATE, date.toString());
    task.setVariable(REFUND_REFERENCE, reference);
  }
}
