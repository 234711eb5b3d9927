package kg.socialorder.tranche;

import static kg.socialorder.tranche.TrancheVariables.CAUSE_OVERDUE_REPORT;
import static kg.socialorder.tranche.TrancheVariables.EXTEND;
import static kg.socialorder.tranche.TrancheVariables.NEW_REPORT_DUE_DATE;
import static kg.socialorder.tranche.TrancheVariables.OVERDUE_COMMENT;
import static kg.socialorder.tranche.TrancheVariables.OVERDUE_DECISION;
import static kg.socialorder.tranche.TrancheVariables.SUSPEND;
import static kg.socialorder.tranche.TrancheVariables.SUSPENSION_CAUSE;

import java.time.LocalDate;
import java.util.Set;
import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.ValidationMessages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The report is overdue: the coordinator extends the deadline, or suspends the contract with a reason. */
@Component("validateOverdueDecision")
public class ValidateOverdueDecision implements TaskListener {

  private final ValidationMessages messages;
  private final NewReportDueDate newDueDate;

  public ValidateOverdueDecision(ValidationMessages messages, NewReportDueDate newDueDate) {
    this.messages = messages;
    this.newDueDate = newDueDate;
  }

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = messages.check();
    String decision = check.choice(OVERDUE_DECISION, task.getVariable(OVERDUE_DECISION), true, Set.of(EXTEND, SUSPEND));
    LocalDate due = EXTEND.equals(decision) ? newDueDate.read(task, check) : null;
    String comment = check.text(OVERDUE_COMMENT, task.getVariable(OVERDUE_COMMENT), SUSPEND.equals(decision));
    check.throwIfInvalid();

    task.setVariable(OVERDUE_DECISION, decision);
    task.setVariable(OVERDUE_COMMENT, comment);
    if (due != null) {
      newDueDate.apply(task, due);
    } else {
      task.setVariable(SUSPENSION_CAUSE, CAUSE_OVERDUE_REPORT);
    }
  }
}
