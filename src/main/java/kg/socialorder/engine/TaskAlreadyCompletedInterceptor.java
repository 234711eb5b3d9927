package kg.socialorder.engine;

import java.lang.reflect.Field;
import java.util.Objects;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricTaskInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Two people who may both do a task (council deputies, monitoring-group members) can submit it at
 * the same moment. The engine lets one win; the other's submission fails, depending on the timing,
 * with an optimistic-locking conflict, a lock timeout or "cannot find task" — technical English
 * that Tasklist would show as an error. When a task completion fails and the task turns out to
 * have been completed meanwhile, this answers with {@link TaskAlreadyCompletedException} and a
 * message in Kyrgyz and Russian instead. The failed command has already rolled back, so nothing of
 * the loser's submission is stored. Any other failure, and a task of a municipality the person
 * does not belong to, passes through unchanged.
 */
public class TaskAlreadyCompletedInterceptor extends CommandInterceptor {

  private static final Field SUBMITTED_TASK = taskIdField(SubmitTaskFormCmd.class);
  private static final Field COMPLETED_TASK = taskIdField(CompleteTaskCmd.class);

  private final ProcessEngineConfigurationImpl configuration;
  private final Supplier<String> message;

  public TaskAlreadyCompletedInterceptor(ProcessEngineConfigurationImpl configuration, Supplier<String> message) {
    this.configuration = configuration;
    this.message = message;
  }

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (FormFieldValidationException refused) {
      // the person's own input was refused: that answer stands
      throw refused;
    } catch (RuntimeException failed) {
      String taskId = taskIdOf(command);
      if (taskId != null && completedMeanwhile(taskId)) {
        throw new TaskAlreadyCompletedException(taskId, message.get(), failed);
      }
      throw failed;
    }
  }

  /** Looked up in a new command: the failed one is gone, and the person may not read history. */
  private boolean completedMeanwhile(String taskId) {
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      HistoricTaskInstanceEntity task = context.runWithoutAuthorization(
          () -> context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId));
      // the person's own earlier submission (a double click) is not someone else's: the task is gone
      return task != null && task.getEndTime() != null
          && TaskEntity.DELETE_REASON_COMPLETED.equals(task.getDeleteReason())
          && !Objects.equals(task.getAssignee(), context.getAuthenticatedUserId())
          && context.getTenantManager().isAuthenticatedTenant(task.getTenantId());
    });
  }

  private static String taskIdOf(Command<?> command) {
    try {
      if (command instanceof SubmitTaskFormCmd) {
        return (String) SUBMITTED_TASK.get(command);
      }
      if (command instanceof CompleteTaskCmd) {
        return (String) COMPLETED_TASK.get(command);
      }
      return null;
    } catch (IllegalAccessException e) {
      return null;
    }
  }

  /** The commands keep the task id in a protected field and offer no getter. */
  private static Field taskIdField(Class<?> commandType) {
    try {
      Field field = commandType.getDeclaredField("taskId");
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(commandType.getName() + " no longer has a taskId field", e);
    }
  }
}
