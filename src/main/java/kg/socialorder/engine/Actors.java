package kg.socialorder.engine;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who does a step, for the case record's {@code recorded_by}: the person logged in to Tasklist or
 * the engine's API; for a task completed without a login (the Java API), its assignee; for a step
 * that runs by itself, nobody (null).
 */
public final class Actors {

  private Actors() {}

  public static String of(DelegateTask task) {
    String person = authenticated(task.getProcessEngineServices());
    return person != null ? person : task.getAssignee();
  }

  public static String of(DelegateExecution execution) {
    return authenticated(execution.getProcessEngineServices());
  }

  private static String authenticated(ProcessEngineServices services) {
    Authentication person = services.getIdentityService().getCurrentAuthentication();
    return person == null ? null : person.getUserId();
  }
}
