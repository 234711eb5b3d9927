package kg.socialorder.problemselection;

import static kg.socialorder.problemselection.ProblemSelectionVariables.BUDGET_ENVELOPE;
import static kg.socialorder.problemselection.ProblemSelectionVariables.CANDIDATE_THEMES;
import static kg.socialorder.problemselection.ProblemSelectionVariables.COUNCIL_DECISION;
import static kg.socialorder.problemselection.ProblemSelectionVariables.DECISION_APPROVE;
import static kg.socialorder.problemselection.ProblemSelectionVariables.DECISION_RECOUNT;
import static kg.socialorder.problemselection.ProblemSelectionVariables.RANKING;
import static kg.socialorder.problemselection.ProblemSelectionVariables.RECOUNT_REASON;
import static kg.socialorder.problemselection.ProblemSelectionVariables.RESOLUTION_DATE;
import static kg.socialorder.problemselection.ProblemSelectionVariables.RESOLUTION_NUMBER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kg.socialorder.engine.BusinessCalendar;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.engine.MoneyVariable;
import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.ValidationMessages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The council's decision: themes approved with their budgets within the envelope, under a
 * resolution; or the vote returned for a recount, with the reason.
 */
@Component("validateCouncilDecision")
public class ValidateCouncilDecision implements TaskListener {

  private final ValidationMessages messages;
  private final BusinessCalendar calendar;

  public ValidateCouncilDecision(ValidationMessages messages, BusinessCalendar calendar) {
    this.messages = messages;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = messages.check();
    String decision = check.choice(COUNCIL_DECISION, task.getVariable(COUNCIL_DECISION), true,
        Set.of(DECISION_APPROVE, DECISION_RECOUNT));
    if (DECISION_RECOUNT.equals(decision)) {
      String reason = check.text(RECOUNT_REASON, task.getVariable(RECOUNT_REASON), true);
      check.throwIfInvalid();
      task.setVariable(RECOUNT_REASON, reason);
      return;
    }
    List<CandidateTheme> themes = DECISION_APPROVE.equals(decision) ? themes(task, check) : List.of();
    String resolution = check.text(RESOLUTION_NUMBER, task.getVariable(RESOLUTION_NUMBER), true);
    LocalDate resolved = check.date(RESOLUTION_DATE, task.getVariable(RESOLUTION_DATE), true, calendar.zone());
    if (resolved != null && resolved.isAfter(calendar.today())) {
      check.reject(RESOLUTION_DATE, "dateInFuture");
    }
    check.throwIfInvalid();

    task.setVariable(CANDIDATE_THEMES, JsonVariables.json(themes));
    task.setVariable(RESOLUTION_NUMBER, resolution);
    task.setVariable(RESOLUTION_DATE, resolved.toString());
  }

  private List<CandidateTheme> themes(DelegateTask task, InputCheck check) {
    Map<String, RankedProblem> ranking = JsonVariables
        .records(task.getVariable(RANKING), RankedProblem.class).stream()
        .collect(Collectors.toMap(RankedProblem::problemId, Function.identity()));
    List<CandidateTheme> themes = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    BigDecimal approvedTotal = BigDecimal.ZERO;
    List<Map<String, Object>> rows = check.records(CANDIDATE_THEMES, task.getVariable(CANDIDATE_THEMES), true);
    for (int i = 0; i < rows.size(); i++) {
      String row = CANDIDATE_THEMES + "[" + (i + 1) + "]";
      Map<String, Object> values = rows.get(i);
      RankedProblem problem = ranking.get(String.valueOf(values.get("problemId")));
      if (problem == null || !seen.add(problem.problemId())) {
        check.reject(row + ".problemId", "unknownProblem", values.get("problemId"));
        continue;
      }
      boolean approved = check.flag(row + ".approved", values.get("approved"));
      String targetGroup = check.text(row + ".targetGroup", values.get("targetGroup"), approved);
      BigDecimal budget = check.amount(row + ".budget", values.get("budget"), approved);
      if (approved && budget != null) {
        approvedTotal = approvedTotal.add(budget);
      }
      themes.add(new CandidateTheme(problem.problemId(), problem.title(), problem.votes(), problem.rank(),
          approved, targetGroup, approved ? budget : null));
    }
    if (!rows.isEmpty() && themes.stream().noneMatch(CandidateTheme::approved) && check.isValid()) {
      check.reject(CANDIDATE_THEMES, "noThemeApproved");
    }
    BigDecimal envelope = MoneyVariable.read(task.getVariable(BUDGET_ENVELOPE));
    if (approvedTotal.compareTo(envelope) > 0) {
      check.reject(CANDIDATE_THEMES, "budgetExceedsEnvelope", approvedTotal, envelope);
    }
    return themes;
  }
}
