package kg.socialorder.engine;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * An input a person submitted and the project refused, naming the first wrong field. Being a
 * {@link FormFieldValidationException}, the REST API answers it with 400 and its message, so Tasklist
 * shows it to the person; thrown inside the engine's command, it rolls back the whole submission.
 */
public class RefusedInputException extends FormFieldValidationException implements Refusal {

  public RefusedInputException(String field, String message) {
    super(field, message);
  }

  @Override
  public int status() {
    return 400;
  }
}
