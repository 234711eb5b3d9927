package kg.socialorder.tranche;

import static kg.socialorder.tranche.TrancheVariables.CONTRACT_NUMBER;
import static kg.socialorder.tranche.TrancheVariables.CORRECTION_PERIOD;
import static kg.socialorder.tranche.TrancheVariables.MUNICIPALITY;
import static kg.socialorder.tranche.TrancheVariables.TRANCHE_NUMBER;

import java.time.Duration;
import kg.socialorder.engine.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A report sent back for corrections (so kept in the case record) is due again the configured time from now. */
@Component("scheduleCorrectedReport")
public class ScheduleCorrectedReport implements JavaDelegate {

  private final ReportDeadline deadline;
  private final TrancheRecord record;

  public ScheduleCorrectedReport(ReportDeadline deadline, TrancheRecord record) {
    this.deadline = deadline;
    this.record = record;
  }

  @Override
  public void execute(DelegateExecution execution) {
    record.returnedForCorrection((String) execution.getVariable(MUNICIPALITY),
        (String) execution.getVariable(CONTRACT_NUMBER), ((Number) execution.getVariable(TRANCHE_NUMBER)).intValue(),
        Actors.of(execution));
    deadline.set(execution, deadline.now().plus(Duration.parse((String) execution.getVariable(CORRECTION_PERIOD))));
  }
}
