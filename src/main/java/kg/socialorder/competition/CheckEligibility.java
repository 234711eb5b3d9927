package kg.socialorder.competition;


import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.engine.MoneyVariable;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import static kg.socialorder.competition.CompetitionVariables.APPLICATIONS;
import static kg.socialorder.competition.CompetitionVariables.APPLICATIONS_RECEIVED;
import static kg.socialorder.competition.CompetitionVariables.CALL_NUMBER;
import static kg.socialorder.competition.CompetitionVariables.ELIGIBLE_COUNT;
import static kg.socialorder.competition.CompetitionVariables.MIN_REGISTRATION_MONTHS;
import static kg.socialorder.competition.CompetitionVariables.RANKED_COUNT;
import static kg.socialorder.competition.CompetitionVariables.SCORING_DUE_DATE;
import static kg.socialorder.competition.CompetitionVariables.SCORING_PERIOD;
import static kg.socialorder.competition.CompetitionVariables.SCORING_ROUND;

/**
 * At the deadline, checks every application of the call against the competition-eligibility table,
 * which officials may edit: each rule that matches is a reason to refuse. Every application keeps
 * its result and reasons; the public sees them with the results.
 */
@Component("checkEligibility")
public class CheckEligibility implements JavaDelegate {

  public static final String DECISION = "competition-eligibility";

  private final DecisionService decisions;
  private final CallRegister calls;
  private final ApplicationRegister applications;
  private final Clock clock;

  public CheckEligibility(DecisionService decisions, CallRegister calls, ApplicationRegister applications, Clock clock) {
    this.decisions = decisions;
    this.calls = calls;
    this.applications = applications;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String callNumber = (String) execution.getVariable(CALL_NUMBER);
    // waits for a submission under way, whose version then counts; any later one finds the call closed
    CompetitionCall call = calls.lock(callNumber).orElseThrow();
    int minMonths = (Integer) execution.getVariable(MIN_REGISTRATION_MONTHS);
    List<ApplicationSummary> summaries = new ArrayList<>();
    int eligibleCount = 0;
    for (Application application : applications.ofCall(callNumber)) {
      DmnDecisionResult result = decisions.evaluateDecisionByKey(DECISION)
          .decisionDefinitionWithoutTenantId()
          .variables(Variables.createVariables()
              .putValue("legalForm", application.legalForm())
              .putValue("requestedAmount", MoneyVariable.of(application.requestedAmount()))
              .putValue("budgetCeiling", MoneyVariable.of(call.budgetCeiling()))
              .putValue("documentsDeclared", application.allDocumentsDeclared())
              .putValue("registrationMonths",
                  (int) Period.between(application.registrationDate(), call.deadlineDate()).toTotalMonths())
              .putValue("minRegistrationMonths", minMonths))
          .evaluate();
      List<Map<String, Object>> reasons = result.getResultList();
      boolean eligible = reasons.isEmpty();
      String explanation = reasons.stream().map(r -> String.valueOf(r.get("explanation")))
          .collect(Collectors.joining("; "));
      applications.recordEligibility(application.id(), eligible, eligible ? null : explanation);
      eligibleCount += eligible ? 1 : 0;
      summaries.add(new ApplicationSummary(application.id(), application.registrationNumber(),
          application.organisationName(), application.legalForm(), application.projectTitle(),
          application.requestedAmount(), eligible,
          eligible ? "Талаптарга жооп берет / Соответствует требованиям" : explanation));
    }
    execution.setVariable(APPLICATIONS, JsonVariables.json(summaries));
    execution.setVariable(APPLICATIONS_RECEIVED, summaries.size());
    execution.setVariable(ELIGIBLE_COUNT, eligibleCount);
    execution.setVariable(RANKED_COUNT, null);
    if (eligibleCount == 0) {
      calls.setStatus(callNumber, CallStatus.FAILED);
      return;
    }
    calls.startScoringRound(callNumber, 1, CallStatus.EVALUATION);
    execution.setVariable(SCORING_ROUND, 1);
    execution.setVariable(SCORING_DUE_DATE, Date.from(clock.instant()
        .plus(Duration.parse((String) execution.getVariable(SCORING_PERIOD)))));
  }
}
