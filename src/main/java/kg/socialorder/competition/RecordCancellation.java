package kg.socialorder.competition;

import static kg.socialorder.competition.CompetitionVariables.CALL_NUMBER;
import static kg.socialorder.competition.CompetitionVariables.CANCELLATION_REASON;
import static kg.socialorder.competition.CompetitionVariables.COMPETITION_OUTCOME;
import static kg.socialorder.competition.CompetitionVariables.MUNICIPALITY;
import static kg.socialorder.competition.CompetitionVariables.OUTCOME_CANCELLED;
import static kg.socialorder.competition.CompetitionVariables.WINNER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ends a competition without a winner, and says so on the portal and to the calling social order. */
@Component("recordCancellation")
public class RecordCancellation implements JavaDelegate {

  private final CallPublications publications;

  public RecordCancellation(CallPublications publications) {
    this.publications = publications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    publications.cancel((String) execution.getVariable(MUNICIPALITY), execution.getProcessBusinessKey(),
        (String) execution.getVariable(CALL_NUMBER), (String) execution.getVariable(CANCELLATION_REASON));
    execution.setVariable(COMPETITION_OUTCOME, OUTCOME_CANCELLED);
    execution.setVariable(WINNER, null);
  }
}
