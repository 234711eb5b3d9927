package kg.socialorder.competition;

import static kg.socialorder.competition.CompetitionVariables.APPEAL_DEADLINE_AT;
import static kg.socialorder.competition.CompetitionVariables.APPLICATIONS_RECEIVED;
import static kg.socialorder.competition.CompetitionVariables.APPEAL_WINDOW;
import static kg.socialorder.competition.CompetitionVariables.APPEAL_WINDOW_CLOSED;
import static kg.socialorder.competition.CompetitionVariables.CALL_NUMBER;
import static kg.socialorder.competition.CompetitionVariables.PROTOCOL_DATE;
import static kg.socialorder.competition.CompetitionVariables.PROTOCOL_NUMBER;
import static kg.socialorder.competition.CompetitionVariables.SCORING_ROUND;
import static kg.socialorder.competition.CompetitionVariables.WINNER;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import kg.socialorder.engine.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Publishes the ranking and the winner on the portal and opens the appeal window. Runs as its own
 * job and publishes each scoring round's results once: a retry finds them published, and the
 * window's end is read back from the publication, never moved.
 */
@Component("publishResults")
public class PublishResults implements JavaDelegate {

  private final CallPublications publications;

  public PublishResults(CallPublications publications) {
    this.publications = publications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object received = execution.getVariable(APPLICATIONS_RECEIVED);
    CompetitionCall call = publications.publishResults((String) execution.getVariable(CALL_NUMBER),
        (Integer) execution.getVariable(SCORING_ROUND),
        JsonVariables.record(execution.getVariable(WINNER), Winner.class),
        (String) execution.getVariable(PROTOCOL_NUMBER),
        LocalDate.parse((String) execution.getVariable(PROTOCOL_DATE)),
        Duration.parse((String) execution.getVariable(APPEAL_WINDOW)),
        received instanceof Number count ? count.intValue() : null);
    execution.setVariable(APPEAL_DEADLINE_AT, Date.from(call.appealDeadlineAt()));
    execution.setVariable(APPEAL_WINDOW_CLOSED, false);
  }
}
