package kg.socialorder.contract;

import static kg.socialorder.contract.ContractVariables.HEAD_SIGNED;
import static kg.socialorder.contract.ContractVariables.SIGNED_ON;

import kg.socialorder.engine.BusinessCalendar;
import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.ValidationMessages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The head signs: the contract is concluded on that day. */
@Component("validateHeadSignature")
public class ValidateHeadSignature implements TaskListener {

  private final ValidationMessages messages;
  private final BusinessCalendar calendar;

  public ValidateHeadSignature(ValidationMessages messages, BusinessCalendar calendar) {
    this.messages = messages;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = messages.check();
    if (!check.flag(HEAD_SIGNED, task.getVariable(HEAD_SIGNED)) && check.isValid()) {
      check.reject(HEAD_SIGNED, "signatureRequired");
    }
    check.throwIfInvalid();
    task.setVariable(HEAD_SIGNED, true);
    task.setVariable(SIGNED_ON, calendar.today().toString());
  }
}
