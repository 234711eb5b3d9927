package kg.socialorder.competition;

import static kg.socialorder.competition.CompetitionVariables.APPLICATION_DEADLINE;
import static kg.socialorder.competition.CompetitionVariables.CALL_COMMENT;
import static kg.socialorder.competition.CompetitionVariables.CALL_DECISION;
import static kg.socialorder.competition.CompetitionVariables.CALL_NUMBER;
import static kg.socialorder.competition.CompetitionVariables.CALL_ROUND;
import static kg.socialorder.competition.CompetitionVariables.CANCELLATION_REASON;
import static kg.socialorder.competition.CompetitionVariables.DECISION_CANCEL;
import static kg.socialorder.competition.CompetitionVariables.DECISION_REANNOUNCE;
import static kg.socialorder.competition.CompetitionVariables.FAILED_DECISION;
import static kg.socialorder.competition.CompetitionVariables.SCORING_ROUND;

import java.util.Set;
import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.ValidationMessages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The coordinator's decision on a failed competition: re-announce it (a new call with its own
 * number; the failed call stays published as failed) or cancel it with a reason.
 */
@Component("validateFailedDecision")
public class ValidateFailedDecision implements TaskListener {

  private final ValidationMessages messages;

  public ValidateFailedDecision(ValidationMessages messages) {
    this.messages = messages;
  }

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = messages.check();
    String decision = check.choice(FAILED_DECISION, task.getVariable(FAILED_DECISION), true,
        Set.of(DECISION_REANNOUNCE, DECISION_CANCEL));
    String reason = check.text(CANCELLATION_REASON, task.getVariable(CANCELLATION_REASON),
        DECISION_CANCEL.equals(decision));
    check.throwIfInvalid();

    task.setVariable(FAILED_DECISION, decision);
    if (DECISION_CANCEL.equals(decision)) {
      task.setVariable(CANCELLATION_REASON, reason);
      return;
    }
    int round = (Integer) task.getVariable(CALL_ROUND) + 1;
    task.setVariable(CALL_ROUND, round);
    task.setVariable(CALL_NUMBER, task.getExecution().getProcessBusinessKey() + "-R" + round);
    task.setVariable(SCORING_ROUND, 0);
    // the new call needs a new last day and a new approval
    task.setVariable(APPLICATION_DEADLINE, null);
    task.setVariable(CALL_DECISION, null);
    task.setVariable(CALL_COMMENT, null);
    task.setVariable(CANCELLATION_REASON, null);
  }
}
