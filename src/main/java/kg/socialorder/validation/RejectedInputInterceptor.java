package kg.socialorder.validation;

import java.util.List;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine wraps whatever a task listener throws into a generic exception, which the REST API
 * answers with 500 and a technical message. This gives back the {@link InvalidInputException}
 * itself, so a person rejected by a validation sees 400 and the bilingual message. The command has
 * already rolled back when the exception reaches here.
 *
 * <p>A form submitted twice (a double click, a second browser tab) finds its task gone; the engine
 * reports that as a missing value, which the REST API answers with 500. It is the person's
 * situation, not a fault: they get 400 and a message saying the task is done or does not exist.
 */
public class RejectedInputInterceptor extends CommandInterceptor {

  static final String TASK = "task";
  private static final String TASK_NOT_FOUND = "Cannot find task with id";

  private final ValidationMessages messages;

  public RejectedInputInterceptor(ValidationMessages messages) {
    this.messages = messages;
  }

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (RuntimeException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof InvalidInputException rejected) {
          throw rejected;
        }
      }
      if ((command instanceof SubmitTaskFormCmd || command instanceof CompleteTaskCmd)
          && e instanceof NullValueException && e.getMessage() != null && e.getMessage().startsWith(TASK_NOT_FOUND)) {
        List<Violation> gone = List.of(new Violation(TASK, "taskGone"));
        throw new InvalidInputException(gone, messages.describe(gone));
      }
      throw e;
    }
  }
}
