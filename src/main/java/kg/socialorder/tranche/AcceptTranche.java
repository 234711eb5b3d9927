package kg.socialorder.tranche;

import static kg.socialorder.tranche.TrancheVariables.ACCEPTED_ON;
import static kg.socialorder.tranche.TrancheVariables.OUTCOME_ACCEPTED;
import static kg.socialorder.tranche.TrancheVariables.TRANCHE_OUTCOME;

import kg.socialorder.engine.BusinessCalendar;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The tranche's report is accepted: the contract may go on to its next tranche. */
@Component("acceptTranche")
public class AcceptTranche implements JavaDelegate {

  private final BusinessCalendar calendar;

  public AcceptTranche(BusinessCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(TRANCHE_OUTCOME, OUTCOME_ACCEPTED);
    execution.setVariable(ACCEPTED_ON, calendar.today().toString());
  }
}
