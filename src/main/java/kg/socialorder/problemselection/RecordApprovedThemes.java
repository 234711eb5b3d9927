package kg.socialorder.problemselection;

import static kg.socialorder.problemselection.ProblemSelectionVariables.APPROVED_BUDGET_TOTAL;
import static kg.socialorder.problemselection.ProblemSelectionVariables.APPROVED_THEMES;
import static kg.socialorder.problemselection.ProblemSelectionVariables.CANDIDATE_THEMES;
import static kg.socialorder.problemselection.ProblemSelectionVariables.PROBLEMS;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kg.socialorder.engine.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Numbers the approved themes in ranking order: the output of problem selection. */
@Component("recordApprovedThemes")
public class RecordApprovedThemes implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, CandidateProblem> problems = JsonVariables
        .records(execution.getVariable(PROBLEMS), CandidateProblem.class).stream()
        .collect(Collectors.toMap(CandidateProblem::id, Function.identity()));
    List<ApprovedTheme> approved = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (CandidateTheme theme : JsonVariables.records(execution.getVariable(CANDIDATE_THEMES), CandidateTheme.class)) {
      if (theme.approved()) {
        approved.add(new ApprovedTheme(approved.size() + 1, theme.problemId(), theme.title(),
            problems.get(theme.problemId()).description(), theme.targetGroup(), theme.budget(), theme.votes()));
        total = total.add(theme.budget());
      }
    }
    execution.setVariable(APPROVED_THEMES, JsonVariables.json(approved));
    execution.setVariable(APPROVED_BUDGET_TOTAL, total.doubleValue());
  }
}
