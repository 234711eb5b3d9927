package kg.socialorder.competition;

import static kg.socialorder.competition.CompetitionVariables.CALL_NUMBER;
import static kg.socialorder.competition.CompetitionVariables.CANCELLATION_REASON;
import static kg.socialorder.competition.CompetitionVariables.COMPETITION_OUTCOME;
import static kg.socialorder.competition.CompetitionVariables.OUTCOME_CANCELLED;
import static kg.socialorder.competition.CompetitionVariables.WINNER;

import kg.socialorder.ocds.OcdsPublisher;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ends a competition without a winner, and says so on the portal and to the calling social order. */
@Component("recordCancellation")
public class RecordCancellation implements JavaDelegate {

  private final CallRegister calls;
  private final OcdsPublisher ocds;

  public RecordCancellation(CallRegister calls, OcdsPublisher ocds) {
    this.calls = calls;
    this.ocds = ocds;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reason = (String) execution.getVariable(CANCELLATION_REASON);
    calls.find((String) execution.getVariable(CALL_NUMBER))
        .ifPresent(call -> calls.close(call.callNumber(), CallStatus.CANCELLED, reason));
    ocds.tenderCancelled(execution);
    execution.setVariable(COMPETITION_OUTCOME, OUTCOME_CANCELLED);
    execution.setVariable(WINNER, null);
  }
}
