package kg.socialorder.problemselection;

import static kg.socialorder.problemselection.ProblemSelectionVariables.PROBLEMS;
import static kg.socialorder.problemselection.ProblemSelectionVariables.PROBLEM_SOURCE_CODES;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.ValidationMessages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The registered candidate problems: at least one, each named once, each with its origin. */
@Component("validateCandidateProblems")
public class ValidateCandidateProblems implements TaskListener {

  private final ValidationMessages messages;

  public ValidateCandidateProblems(ValidationMessages messages) {
    this.messages = messages;
  }

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = messages.check();
    List<Map<String, Object>> rows = check.records(PROBLEMS, task.getVariable(PROBLEMS), true);
    if (rows.size() > CandidateProblem.MAX_PROBLEMS) {
      check.reject(PROBLEMS, "tooMany", CandidateProblem.MAX_PROBLEMS);
    }
    List<CandidateProblem> problems = new ArrayList<>();
    Set<String> titles = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      String row = PROBLEMS + "[" + (i + 1) + "]";
      Map<String, Object> values = rows.get(i);
      String title = check.text(row + ".title", values.get("title"), true);
      if (title != null && !titles.add(title.toLowerCase(Locale.ROOT))) {
        check.reject(row + ".title", "duplicateTitle");
      }
      problems.add(new CandidateProblem(
          String.valueOf(i + 1),
          title,
          check.text(row + ".description", values.get("description"), false),
          check.text(row + ".affectedGroup", values.get("affectedGroup"), true),
          check.choice(row + ".source", values.get("source"), true, PROBLEM_SOURCE_CODES)));
    }
    check.throwIfInvalid();
    task.setVariable(PROBLEMS, JsonVariables.json(problems));
  }
}
