package kg.socialorder.validation;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine wraps whatever a task listener throws into a generic exception, which the REST API
 * answers with 500 and a technical message. This gives back the {@link InvalidInputException}
 * itself, so a person rejected by a validation sees 400 and the bilingual message. The command has
 * already rolled back when the exception reaches here.
 */
public class RejectedInputInterceptor extends CommandInterceptor {

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
      throw e;
    }
  }
}
