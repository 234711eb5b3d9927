package kg.socialorder.competition;

import static kg.socialorder.competition.CompetitionVariables.APPLICATION_DEADLINE;
import static kg.socialorder.competition.CompetitionVariables.CALL_COMMENT;
import static kg.socialorder.competition.CompetitionVariables.CALL_DECISION;
import static kg.socialorder.competition.CompetitionVariables.DECISION_APPROVE;
import static kg.socialorder.competition.CompetitionVariables.DECISION_RETURN;

import java.time.LocalDate;
import java.util.Set;
import kg.socialorder.engine.BusinessCalendar;
import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.ValidationMessages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The head approves the call or returns it with a comment. A call whose last day has passed while
 * it waited cannot be approved: it must go back to the coordinator for a new date.
 */
@Component("validateCallApproval")
public class ValidateCallApproval implements TaskListener {

  private final ValidationMessages messages;
  private final BusinessCalendar calendar;

  public ValidateCallApproval(ValidationMessages messages, BusinessCalendar calendar) {
    this.messages = messages;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = messages.check();
    String decision = check.choice(CALL_DECISION, task.getVariable(CALL_DECISION), true,
        Set.of(DECISION_APPROVE, DECISION_RETURN));
    String comment = check.text(CALL_COMMENT, task.getVariable(CALL_COMMENT), DECISION_RETURN.equals(decision));
    if (DECISION_APPROVE.equals(decision)
        && LocalDate.parse((String) task.getVariable(APPLICATION_DEADLINE)).isBefore(calendar.today())) {
      check.reject(APPLICATION_DEADLINE, "deadlinePassedBeforeApproval");
    }
    check.throwIfInvalid();
    task.setVariable(CALL_DECISION, decision);
    task.setVariable(CALL_COMMENT, comment);
  }
}
