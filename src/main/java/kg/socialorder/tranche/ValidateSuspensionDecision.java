package kg.socialorder.tranche;

import static kg.socialorder.tranche.TrancheVariables.CONTINUE;
import static kg.socialorder.tranche.TrancheVariables.CONTRACT_NUMBER;
import static kg.socialorder.tranche.TrancheVariables.HEAD_COMMENT;
import static kg.socialorder.tranche.TrancheVariables.HEAD_DECISION;
import static kg.socialorder.tranche.TrancheVariables.MUNICIPALITY;
import static kg.socialorder.tranche.TrancheVariables.OUTCOME_TERMINATED;
import static kg.socialorder.tranche.TrancheVariables.TERMINATE;
import static kg.socialorder.tranche.TrancheVariables.TERMINATION_REASON;
import static kg.socialorder.tranche.TrancheVariables.TRANCHE_NUMBER;
import static kg.socialorder.tranche.TrancheVariables.TRANCHE_OUTCOME;

import java.time.LocalDate;
import java.util.Set;
import kg.socialorder.engine.Actors;
import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.ValidationMessages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The head decides on a suspended contract: continue, with a new deadline for the (corrected)
 * report, or terminate; either way with the reason, which for a termination is carried into the
 * final report.
 */
@Component("validateSuspensionDecision")
public class ValidateSuspensionDecision implements TaskListener {

  private final ValidationMessages messages;
  private final NewReportDueDate newDueDate;
  private final TrancheRecord record;

  public ValidateSuspensionDecision(ValidationMessages messages, NewReportDueDate newDueDate, TrancheRecord record) {
    this.messages = messages;
    this.newDueDate = newDueDate;
    this.record = record;
  }

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = messages.check();
    String decision = check.choice(HEAD_DECISION, task.getVariable(HEAD_DECISION), true, Set.of(CONTINUE, TERMINATE));
    LocalDate due = CONTINUE.equals(decision) ? newDueDate.read(task, check) : null;
    String reason = check.text(HEAD_COMMENT, task.getVariable(HEAD_COMMENT), true);
    check.throwIfInvalid();

    task.setVariable(HEAD_DECISION, decision);
    task.setVariable(HEAD_COMMENT, reason);
    if (TERMINATE.equals(decision)) {
      task.setVariable(TRANCHE_OUTCOME, OUTCOME_TERMINATED);
      task.setVariable(TERMINATION_REASON, reason);
      record.terminated((String) task.getVariable(MUNICIPALITY), (String) task.getVariable(CONTRACT_NUMBER),
          ((Number) task.getVariable(TRANCHE_NUMBER)).intValue(), Actors.of(task));
    } else {
      newDueDate.apply(task, due);
    }
  }
}
