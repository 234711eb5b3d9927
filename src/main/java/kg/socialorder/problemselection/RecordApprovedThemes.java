package kg.socialorder.problemselection;

import static kg.socialorder.problemselection.ProblemSelectionVariables.APPROVED_BUDGET_TOTAL;
import static kg.socialorder.problemselection.ProblemSelectionVariables.APPROVED_THEMES;
import static kg.socialorder.problemselection.ProblemSelectionVariables.BUDGET_ENVELOPE;
import static kg.socialorder.problemselection.ProblemSelectionVariables.CANDIDATE_THEMES;
import static kg.socialorder.problemselection.ProblemSelectionVariables.COUNCIL_DECISION;
import static kg.socialorder.problemselection.ProblemSelectionVariables.MUNICIPALITY;
import static kg.socialorder.problemselection.ProblemSelectionVariables.PARTICIPANTS_TOTAL;
import static kg.socialorder.problemselection.ProblemSelectionVariables.PARTICIPANTS_WOMEN;
import static kg.socialorder.problemselection.ProblemSelectionVariables.PROBLEMS;
import static kg.socialorder.problemselection.ProblemSelectionVariables.PROGRAMME_NAME;
import static kg.socialorder.problemselection.ProblemSelectionVariables.RANKING;
import static kg.socialorder.problemselection.ProblemSelectionVariables.RESOLUTION_DATE;
import static kg.socialorder.problemselection.ProblemSelectionVariables.RESOLUTION_NUMBER;
import static kg.socialorder.problemselection.ProblemSelectionVariables.VOTES;
import static kg.socialorder.problemselection.ProblemSelectionVariables.VOTING_METHOD;
import static kg.socialorder.problemselection.ProblemSelectionVariables.YEAR;

import java.math.BigDecimal;
import java.time.LocalDate;
import kg.socialorder.engine.Actors;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.engine.MoneyVariable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records how the selection ended in the case record and numbers the approved themes in ranking
 * order: the output of problem selection.
 */
@Component("recordApprovedThemes")
public class RecordApprovedThemes implements JavaDelegate {

  private final ProblemSelectionRegister register;

  public RecordApprovedThemes(ProblemSelectionRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object envelope = execution.getVariable(BUDGET_ENVELOPE);
    Object year = execution.getVariable(YEAR);
    Object women = execution.getVariable(PARTICIPANTS_WOMEN);
    SelectionOutcome outcome = SelectionOutcome.of(execution.getProcessBusinessKey(),
        (String) execution.getVariable(MUNICIPALITY), (String) execution.getVariable(PROGRAMME_NAME),
        year == null ? null : ((Number) year).intValue(),
        MoneyVariable.read(envelope),
        (String) execution.getVariable(VOTING_METHOD), ((Number) execution.getVariable(PARTICIPANTS_TOTAL)).longValue(),
        women == null ? null : ((Number) women).longValue(), (String) execution.getVariable(COUNCIL_DECISION),
        (String) execution.getVariable(RESOLUTION_NUMBER),
        LocalDate.parse((String) execution.getVariable(RESOLUTION_DATE)),
        JsonVariables.records(execution.getVariable(PROBLEMS), CandidateProblem.class),
        JsonVariables.records(execution.getVariable(VOTES), VoteCount.class),
        JsonVariables.records(execution.getVariable(RANKING), RankedProblem.class),
        JsonVariables.records(execution.getVariable(CANDIDATE_THEMES), CandidateTheme.class));
    register.record(outcome, Actors.of(execution));
    execution.setVariable(APPROVED_THEMES, JsonVariables.json(outcome.approvedThemes()));
    execution.setVariable(APPROVED_BUDGET_TOTAL, MoneyVariable.of(outcome.approvedBudgetTotal()));
  }
}
