package kg.socialorder.engine;

import java.sql.SQLException;
import kg.socialorder.engine.TaskWhereabouts.Held;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Two people who may both do a task (council deputies, monitoring-group members) can submit it at
 * the same moment, or one person twice (a double click, a second tab). The engine lets one win; the
 * other submission fails, depending on the timing, with an optimistic-locking conflict, a lock
 * timeout or "cannot find task", technical English that Tasklist would show. When a submission,
 * completion, claim or assignment fails and the task turns out to be gone, this answers with a
 * {@link TaskRefusedException} instead (409): completed by whom and when, or by the person
 * themselves, probably in another tab, or cancelled, or no such task (404). The failed command has
 * already rolled back, so nothing of the request is stored. A task still there that someone
 * changed at the same moment (two claims at once: the second write conflicts) is told as claimed by
 * whom, or changed meanwhile (409). Any other failure passes unchanged.
 */
public class TaskGoneInterceptor extends CommandInterceptor {

  private final ProcessEngineConfigurationImpl configuration;
  private final TaskWhereabouts whereabouts;

  public TaskGoneInterceptor(ProcessEngineConfigurationImpl configuration, TaskWhereabouts whereabouts) {
    this.configuration = configuration;
    this.whereabouts = whereabouts;
  }

  /** Two commands wrote the same rows at once: the loser's version check or a unique key failed. */
  private static boolean concurrent(Throwable failed) {
    for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockingException || cause instanceof ProcessEnginePersistenceException
          || cause instanceof SQLException) {
        return true;
      }
    }
    return false;
  }

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (FormFieldValidationException refused) {
      // the person's own input was refused: that answer stands
      throw refused;
    } catch (AuthorizationException refused) {
      // a task completed a moment ago has lost its authorizations: the loser of the race is refused
      // them, and is told what happened instead; a task still there was a right the person lacks
      String taskId = TaskCommands.taskId(command);
      TaskRefusedException gone = taskId == null ? null
          : whereabouts.gone(taskId, configuration.getIdentityService().getCurrentAuthentication(), true);
      if (gone != null && gone.status() == 409) {
        throw new TaskRefusedException(taskId, gone.status(), gone.getMessage(), refused);
      }
      throw refused;
    } catch (RuntimeException failed) {
      String taskId = TaskCommands.taskId(command);
      if (taskId != null) {
        // looked up in a new command: the failed one is gone
        TaskRefusedException gone = whereabouts.gone(taskId,
            configuration.getIdentityService().getCurrentAuthentication(), true);
        if (gone != null) {
          throw new TaskRefusedException(taskId, gone.status(), gone.getMessage(), failed);
        }
        if (concurrent(failed)) {
          TaskRefusedException taken = whereabouts.changedMeanwhile(taskId,
              configuration.getIdentityService().getCurrentAuthentication(),
              TaskCommands.completes(command) ? Held.SUBMIT : Held.CLAIM);
          throw new TaskRefusedException(taskId, taken.status(), taken.getMessage(), failed);
        }
      }
      throw failed;
    }
  }
}
