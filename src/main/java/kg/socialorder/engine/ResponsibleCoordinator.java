package kg.socialorder.engine;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The coordinator responsible for a social order: the one who started it. The coordinator's tasks
 * are assigned to them ({@code camunda:assignee="${execution.getVariable('responsibleCoordinator')}"})
 * and stay offered to the coordinators' group, so a colleague can take over. A called process
 * receives the variable from its caller; whoever completed the step that started it (a deputy, a
 * commission member) is not made responsible.
 *
 * <p>The bean's name differs from the variable's on purpose: an expression resolves a variable
 * before a bean, so in a called process, which has the variable (even as null), a listener named
 * {@code ${responsibleCoordinator}} would resolve to the variable's value and fail the start.
 */
@Component("recordResponsibleCoordinator")
public class ResponsibleCoordinator implements ExecutionListener {

  public static final String VARIABLE = "responsibleCoordinator";
  static final String COORDINATORS = "coordinator";

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.getVariable(VARIABLE) != null) {
      return;
    }
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    List<String> groups = user == null ? null : user.getGroupIds();
    if (groups != null && groups.contains(COORDINATORS)) {
      execution.setVariable(VARIABLE, user.getUserId());
    }
  }
}
