package kg.socialorder.competition;


import java.time.Clock;
import kg.socialorder.engine.Actors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import static kg.socialorder.competition.CompetitionVariables.CALL_NUMBER;
import static kg.socialorder.competition.CompetitionVariables.LAST_REGISTRATION;

/**
 * Registers an application the coordinator copied from paper, by the same rules as the portal: the
 * same checks, the same deadline, the same numbering. The receipt's number is shown on the next form.
 * The coordinator has the organisation's paper in hand: a second paper of an organisation that has
 * applied is registered as a new version of its application, recorded with the coordinator's name.
 * The submission sets the form's fields on the competition; once the application is in the register
 * they are removed again, so the next paper form starts blank (its defaults: empty fields, one budget
 * line) and the competition carries no copy of what the register holds.
 */
@Component("registerPaperApplication")
public class RegisterPaperApplication implements TaskListener {

  private final ApplicationCheck applicationCheck;
  private final ApplicationRegister applications;
  private final Clock clock;

  public RegisterPaperApplication(ApplicationCheck applicationCheck, ApplicationRegister applications, Clock clock) {
    this.applicationCheck = applicationCheck;
    this.applications = applications;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    ApplicationInput input = applicationCheck.read(task::getVariable);
    String coordinator = Actors.of(task);
    Registration registration = applications.register((String) task.getVariable(CALL_NUMBER), input,
        ApplicationRegister.PAPER, coordinator, clock.instant());
    task.getExecution().removeVariables(ApplicationCheck.FIELDS);
    task.getExecution().setVariable(LAST_REGISTRATION, registration.registrationNumber() + " — "
        + registration.organisationName() + (registration.replaced()
        ? " (" + registration.version() + "-версия / версия " + registration.version() + ")" : ""));
  }
}
