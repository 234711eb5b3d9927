package kg.socialorder.finalreport;

import static kg.socialorder.finalreport.FinalReportVariables.CLOSING_NOTE;

import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.ValidationMessages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The head closes the social order, confirming it in so many words. */
@Component("validateClosing")
public class ValidateClosing implements TaskListener {

  static final String CLOSING_CONFIRMED = "closingConfirmed";

  private final ValidationMessages messages;

  public ValidateClosing(ValidationMessages messages) {
    this.messages = messages;
  }

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = messages.check();
    if (!check.flag(CLOSING_CONFIRMED, task.getVariable(CLOSING_CONFIRMED))) {
      check.reject(CLOSING_CONFIRMED, "required");
    }
    String note = check.text(CLOSING_NOTE, task.getVariable(CLOSING_NOTE), false);
    check.throwIfInvalid();
    task.setVariable(CLOSING_NOTE, note);
  }
}
