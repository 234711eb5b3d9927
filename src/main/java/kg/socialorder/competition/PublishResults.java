package kg.socialorder.competition;

import java.time.Clock;
import static kg.socialorder.competition.CompetitionVariables.APPEAL_DEADLINE_AT;
import static kg.socialorder.competition.CompetitionVariables.APPEAL_WINDOW;
import static kg.socialorder.competition.CompetitionVariables.APPEAL_WINDOW_CLOSED;
import static kg.socialorder.competition.CompetitionVariables.CALL_NUMBER;
import static kg.socialorder.competition.CompetitionVariables.PROTOCOL_DATE;
import static kg.socialorder.competition.CompetitionVariables.PROTOCOL_NUMBER;
import static kg.socialorder.competition.CompetitionVariables.SCORING_ROUND;
import static kg.socialorder.competition.CompetitionVariables.WINNER_APPLICATION_ID;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import kg.socialorder.ocds.OcdsPublisher;
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

  private final CallRegister calls;
  private final OcdsPublisher ocds;
  private final Clock clock;

  public PublishResults(CallRegister calls, OcdsPublisher ocds, Clock clock) {
    this.calls = calls;
    this.ocds = ocds;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String callNumber = (String) execution.getVariable(CALL_NUMBER);
    int round = (Integer) execution.getVariable(SCORING_ROUND);
    Instant now = clock.instant();
    if (calls.publishOnce(callNumber, CallRegister.PUBLICATION_RESULTS, round, now)) {
      calls.publishResults(callNumber, Long.parseLong((String) execution.getVariable(WINNER_APPLICATION_ID)),
          (String) execution.getVariable(PROTOCOL_NUMBER),
          LocalDate.parse((String) execution.getVariable(PROTOCOL_DATE)), now,
          now.plus(Duration.parse((String) execution.getVariable(APPEAL_WINDOW))));
    }
    ocds.award(execution);
    execution.setVariable(APPEAL_DEADLINE_AT, Date.from(calls.get(callNumber).appealDeadlineAt()));
    execution.setVariable(APPEAL_WINDOW_CLOSED, false);
  }
}
