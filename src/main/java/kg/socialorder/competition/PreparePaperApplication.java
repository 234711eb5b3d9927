package kg.socialorder.competition;

import static kg.socialorder.competition.ApplicationCheck.BUDGET_LINES;
import static kg.socialorder.competition.ApplicationCheck.DECLARED_DOCUMENTS;

import java.util.Collections;
import java.util.List;
import kg.socialorder.engine.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Gives each paper-registration task empty fields of its own: what the coordinator types stays in
 * the task (and its history), so the next application starts from a blank form. The lists start as
 * empty Json lists, not as nulls: Tasklist submits a list with the type of the variable it loaded,
 * and a list typed Null cannot be stored (the form could never be completed).
 */
@Component("preparePaperApplication")
public class PreparePaperApplication implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    for (String field : ApplicationCheck.FIELDS) {
      task.setVariableLocal(field, null);
    }
    // one blank budget line to type into, as on the portal
    task.setVariableLocal(BUDGET_LINES, JsonVariables.json(List.of(Collections.singletonMap("item", null))));
    task.setVariableLocal(DECLARED_DOCUMENTS, JsonVariables.json(List.of()));
  }
}
