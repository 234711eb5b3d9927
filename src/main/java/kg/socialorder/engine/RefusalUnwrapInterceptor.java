package kg.socialorder.engine;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine wraps whatever a task listener or delegate throws into a generic exception, which the REST
 * API answers with 500 and a technical message. This gives back the {@link Refusal} itself (a person's
 * input refused by validation, a task someone else took), so the person sees its status and the
 * bilingual message. The command has already rolled back when the exception reaches here.
 */
class RefusalUnwrapInterceptor extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (RuntimeException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof Refusal && cause instanceof RuntimeException refused) {
          throw refused;
        }
      }
      throw e;
    }
  }
}
