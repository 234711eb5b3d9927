package kg.socialorder.contract;

import static kg.socialorder.contract.ContractVariables.CHANGE_REQUEST;
import static kg.socialorder.contract.ContractVariables.CONTRACTOR_DECISION;
import static kg.socialorder.contract.ContractVariables.CONTRACTOR_SIGNED_ON;
import static kg.socialorder.contract.ContractVariables.DECISION_REQUEST_CHANGES;
import static kg.socialorder.contract.ContractVariables.DECISION_SIGN;

import java.util.Set;
import kg.socialorder.engine.BusinessCalendar;
import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.ValidationMessages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The contractor signs the draft, or says what must change. */
@Component("validateContractReview")
public class ValidateContractReview implements TaskListener {

  private final ValidationMessages messages;
  private final BusinessCalendar calendar;

  public ValidateContractReview(ValidationMessages messages, BusinessCalendar calendar) {
    this.messages = messages;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = messages.check();
    String decision = check.choice(CONTRACTOR_DECISION, task.getVariable(CONTRACTOR_DECISION), true,
        Set.of(DECISION_SIGN, DECISION_REQUEST_CHANGES));
    String changes = check.text(CHANGE_REQUEST, task.getVariable(CHANGE_REQUEST),
        DECISION_REQUEST_CHANGES.equals(decision));
    check.throwIfInvalid();

    task.setVariable(CONTRACTOR_DECISION, decision);
    if (DECISION_SIGN.equals(decision)) {
      task.setVariable(CONTRACTOR_SIGNED_ON, calendar.today().toString());
      task.setVariable(CHANGE_REQUEST, null);
    } else {
      task.setVariable(CHANGE_REQUEST, changes);
    }
  }
}
