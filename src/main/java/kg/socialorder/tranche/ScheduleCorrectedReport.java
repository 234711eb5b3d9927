package kg.socialorder.tranche;

import static kg.socialorder.tranche.TrancheVariables.CORRECTION_PERIOD;

import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A report sent back for corrections is due again the configured time from now. */
@Component("scheduleCorrectedReport")
public class ScheduleCorrectedReport implements JavaDelegate {

  private final ReportDeadline deadline;

  public ScheduleCorrectedReport(ReportDeadline deadline) {
    this.deadline = deadline;
  }

  @Override
  public void execute(DelegateExecution execution) {
    deadline.set(execution, deadline.now().plus(Duration.parse((String) execution.getVariable(CORRECTION_PERIOD))));
  }
}
