package kg.socialorder.competition;

import static kg.socialorder.competition.CompetitionVariables.APPEALS_PENDING;
import static kg.socialorder.competition.CompetitionVariables.APPEAL_WINDOW_CLOSED;
import static kg.socialorder.competition.CompetitionVariables.CALL_NUMBER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The appeal window has closed (the portal refuses appeals from its end by the clock). Any appeal
 * filed in time that no review has taken up yet is reviewed before the award stands.
 */
@Component("closeAppealWindow")
public class CloseAppealWindow implements JavaDelegate {

  private final AppealRegister appeals;

  public CloseAppealWindow(AppealRegister appeals) {
    this.appeals = appeals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(APPEAL_WINDOW_CLOSED, true);
    execution.setVariable(APPEALS_PENDING, appeals.pending((String) execution.getVariable(CALL_NUMBER)).size());
  }
}
