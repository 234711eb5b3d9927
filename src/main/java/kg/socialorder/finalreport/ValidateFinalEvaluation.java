package kg.socialorder.finalreport;

import static kg.socialorder.finalreport.FinalReportVariables.CONCLUSIONS;
import static kg.socialorder.finalreport.FinalReportVariables.FINAL_RATING;
import static kg.socialorder.finalreport.FinalReportVariables.RATING_CODES;
import static kg.socialorder.finalreport.FinalReportVariables.RECOMMENDATIONS;

import kg.socialorder.engine.Actors;
import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.ValidationMessages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The monitoring group's final evaluation: a rating and its conclusions. */
@Component("validateFinalEvaluation")
public class ValidateFinalEvaluation implements TaskListener {

  private final ValidationMessages messages;
  private final FinalReportRegister register;

  public ValidateFinalEvaluation(ValidationMessages messages, FinalReportRegister register) {
    this.messages = messages;
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = messages.check();
    String rating = check.choice(FINAL_RATING, task.getVariable(FINAL_RATING), true, RATING_CODES);
    String conclusions = check.text(CONCLUSIONS, task.getVariable(CONCLUSIONS), true);
    String recommendations = check.text(RECOMMENDATIONS, task.getVariable(RECOMMENDATIONS), false);
    check.throwIfInvalid();
    register.evaluated(task.getExecution().getProcessBusinessKey(), rating, conclusions, recommendations,
        Actors.of(task));
    task.setVariable(FINAL_RATING, rating);
    task.setVariable(CONCLUSIONS, conclusions);
    task.setVariable(RECOMMENDATIONS, recommendations);
  }
}
