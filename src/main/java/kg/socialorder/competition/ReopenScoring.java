package kg.socialorder.competition;

import java.time.Clock;
import static kg.socialorder.competition.CompetitionVariables.CALL_NUMBER;
import static kg.socialorder.competition.CompetitionVariables.SCORING_DUE_DATE;
import static kg.socialorder.competition.CompetitionVariables.SCORING_PERIOD;
import static kg.socialorder.competition.CompetitionVariables.SCORING_ROUND;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * An appeal was upheld: the published results are withdrawn and the commission scores again in a
 * new round. Appeals still waiting against the withdrawn results are moot; applicants may appeal
 * the new results.
 */
@Component("reopenScoring")
public class ReopenScoring implements JavaDelegate {

  private final CallRegister calls;
  private final AppealRegister appeals;
  private final Clock clock;

  public ReopenScoring(CallRegister calls, AppealRegister appeals, Clock clock) {
    this.calls = calls;
    this.appeals = appeals;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String callNumber = (String) execution.getVariable(CALL_NUMBER);
    int round = (Integer) execution.getVariable(SCORING_ROUND) + 1;
    Instant now = clock.instant();
    appeals.pending(callNumber).forEach(appeal -> appeals.decide(appeal.id(), Appeal.SUPERSEDED,
        "Жыйынтыктар кайра бааланат / Итоги пересматриваются", null, now));
    calls.startScoringRound(callNumber, round, CallStatus.RESCORING);
    execution.setVariable(SCORING_ROUND, round);
    execution.setVariable(SCORING_DUE_DATE,
        Date.from(now.plus(Duration.parse((String) execution.getVariable(SCORING_PERIOD)))));
  }
}
