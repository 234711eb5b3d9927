package kg.socialorder.competition;

import static kg.socialorder.competition.CompetitionVariables.APPEALS;
import static kg.socialorder.competition.CompetitionVariables.CALL_NUMBER;

import java.util.List;
import kg.socialorder.engine.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Lays out the head's review: one line per appeal filed and not yet decided. */
@Component("prepareAppealReview")
public class PrepareAppealReview implements TaskListener {

  private final AppealRegister appeals;
  private final ApplicationRegister applications;

  public PrepareAppealReview(AppealRegister appeals, ApplicationRegister applications) {
    this.appeals = appeals;
    this.applications = applications;
  }

  @Override
  public void notify(DelegateTask task) {
    List<AppealReview> lines = appeals.pending((String) task.getVariable(CALL_NUMBER)).stream()
        .map(appeal -> {
          Application application = applications.get(appeal.applicationId());
          return new AppealReview(appeal.id(), application.registrationNumber(), application.organisationName(),
              appeal.grounds(), null, null);
        })
        .toList();
    task.setVariableLocal(APPEALS, JsonVariables.json(lines));
  }
}
