package kg.socialorder.engine;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A person submitted a task that someone else completed a moment earlier. Being a
 * {@link FormFieldValidationException}, the REST API answers it with 400 and its message, so
 * Tasklist shows the person the bilingual text instead of an engine error; the person's own
 * submission was rolled back entirely.
 */
public class TaskAlreadyCompletedException extends FormFieldValidationException {

  public TaskAlreadyCompletedException(String taskId, String message, Throwable cause) {
    super(taskId, message, cause);
  }
}
