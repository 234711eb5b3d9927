package kg.socialorder.tranche;

import static kg.socialorder.tranche.TrancheVariables.ACCEPTED_ON;
import static kg.socialorder.tranche.TrancheVariables.CONTRACT_NUMBER;
import static kg.socialorder.tranche.TrancheVariables.MUNICIPALITY;
import static kg.socialorder.tranche.TrancheVariables.OUTCOME_ACCEPTED;
import static kg.socialorder.tranche.TrancheVariables.TRANCHE_NUMBER;
import static kg.socialorder.tranche.TrancheVariables.TRANCHE_OUTCOME;

import java.time.LocalDate;
import kg.socialorder.engine.Actors;
import kg.socialorder.engine.BusinessCalendar;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The tranche's report is accepted, in the case record too: the contract may go on to its next tranche. */
@Component("acceptTranche")
public class AcceptTranche implements JavaDelegate {

  private final BusinessCalendar calendar;
  private final TrancheRecord record;

  public AcceptTranche(BusinessCalendar calendar, TrancheRecord record) {
    this.calendar = calendar;
    this.record = record;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate today = calendar.today();
    record.accepted((String) execution.getVariable(MUNICIPALITY), (String) execution.getVariable(CONTRACT_NUMBER),
        ((Number) execution.getVariable(TRANCHE_NUMBER)).intValue(), today, Actors.of(execution));
    execution.setVariable(TRANCHE_OUTCOME, OUTCOME_ACCEPTED);
    execution.setVariable(ACCEPTED_ON, today.toString());
  }
}
