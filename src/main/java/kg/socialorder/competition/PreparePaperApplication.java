package kg.socialorder.competition;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Gives each paper-registration task empty fields of its own: what the coordinator types stays in
 * the task (and its history), so the next application starts from a blank form.
 */
@Component("preparePaperApplication")
public class PreparePaperApplication implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    for (String field : ApplicationCheck.FIELDS) {
      task.setVariableLocal(field, null);
    }
  }
}
