package kg.socialorder.engine;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A person's action on a task refused for what others did: the task was completed or cancelled
 * before their request arrived (409, or 404 when they only wanted to open it), or someone else has
 * claimed it (409). The message says, in Kyrgyz and Russian, who did it and when, and what to do.
 * Nothing of the refused request is stored: the command rolled back as a whole.
 *
 * <p>Being a {@link FormFieldValidationException}, it is never mistaken for a fault: the engine's
 * Java API callers see it as a refused submission, and the REST layer as the person's situation.
 */
public class TaskRefusedException extends FormFieldValidationException implements Refusal {

  private final int status;

  public TaskRefusedException(String taskId, int status, String message, Throwable cause) {
    super(taskId, message, cause);
    this.status = status;
  }

  public TaskRefusedException(String taskId, int status, String message) {
    this(taskId, status, message, null);
  }

  @Override
  public int status() {
    return status;
  }
}
