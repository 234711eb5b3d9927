package kg.socialorder.competition;

import static kg.socialorder.competition.CompetitionVariables.CALL_NUMBER;
import static kg.socialorder.competition.CompetitionVariables.COMPETITION_OUTCOME;
import static kg.socialorder.competition.CompetitionVariables.OUTCOME_AWARDED;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The appeal window is over and no appeal stands: the award is final, on the portal and for the contract. */
@Component("recordAward")
public class RecordAward implements JavaDelegate {

  private final CallRegister calls;

  public RecordAward(CallRegister calls) {
    this.calls = calls;
  }

  @Override
  public void execute(DelegateExecution execution) {
    calls.setStatus((String) execution.getVariable(CALL_NUMBER), CallStatus.AWARDED);
    execution.setVariable(COMPETITION_OUTCOME, OUTCOME_AWARDED);
  }
}
