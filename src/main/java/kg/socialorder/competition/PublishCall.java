package kg.socialorder.competition;

import java.time.Clock;
import static kg.socialorder.competition.CompetitionVariables.APPLICATION_DEADLINE;
import static kg.socialorder.competition.CompetitionVariables.APPLICATION_DEADLINE_AT;
import static kg.socialorder.competition.CompetitionVariables.BUDGET_CEILING;
import static kg.socialorder.competition.CompetitionVariables.CALL_NUMBER;
import static kg.socialorder.competition.CompetitionVariables.CALL_ROUND;
import static kg.socialorder.competition.CompetitionVariables.ELIGIBILITY_REQUIREMENTS;
import static kg.socialorder.competition.CompetitionVariables.EXPECTED_RESULTS;
import static kg.socialorder.competition.CompetitionVariables.GOAL;
import static kg.socialorder.competition.CompetitionVariables.MUNICIPALITY;
import static kg.socialorder.competition.CompetitionVariables.PROBLEM;
import static kg.socialorder.competition.CompetitionVariables.SCORING_CRITERIA;
import static kg.socialorder.competition.CompetitionVariables.TARGET_GROUP;
import static kg.socialorder.competition.CompetitionVariables.TASKS;
import static kg.socialorder.competition.CompetitionVariables.TERM_MONTHS;
import static kg.socialorder.competition.CompetitionVariables.THEME_NUMBER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import kg.socialorder.engine.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Publishes the approved call on the portal: from then on NGOs may apply until its deadline. Runs
 * as its own job and publishes once: a retry finds the publication made and changes nothing.
 */
@Component("publishCall")
public class PublishCall implements JavaDelegate {

  private final CallPublications publications;
  private final Clock clock;

  public PublishCall(CallPublications publications, Clock clock) {
    this.publications = publications;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String callNumber = (String) execution.getVariable(CALL_NUMBER);
    publications.publishCall(new CompetitionCall(callNumber, execution.getProcessInstanceId(),
        execution.getProcessBusinessKey(), (Integer) execution.getVariable(CALL_ROUND),
        (String) execution.getVariable(MUNICIPALITY), (Integer) execution.getVariable(THEME_NUMBER),
        (String) execution.getVariable(PROBLEM), (String) execution.getVariable(TARGET_GROUP),
        (String) execution.getVariable(GOAL), (String) execution.getVariable(TASKS),
        (String) execution.getVariable(EXPECTED_RESULTS), (Integer) execution.getVariable(TERM_MONTHS),
        BigDecimal.valueOf((Double) execution.getVariable(BUDGET_CEILING)),
        (String) execution.getVariable(ELIGIBILITY_REQUIREMENTS),
        JsonVariables.records(execution.getVariable(SCORING_CRITERIA), ScoringCriterion.class),
        LocalDate.parse((String) execution.getVariable(APPLICATION_DEADLINE)),
        ((Date) execution.getVariable(APPLICATION_DEADLINE_AT)).toInstant(),
        CallStatus.OPEN, clock.instant(), 0, null, null, null, null, null, null));
  }
}
