package kg.socialorder.engine;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Outermost of the engine's interceptors: notes who runs each command of an HTTP request and, when
 * a command fails with a {@link Refusal} (anywhere in its causes), keeps it for the request's
 * answer. It changes nothing of the command or its exception.
 */
public class RefusalRecorder extends CommandInterceptor {

  private final ProcessEngineConfigurationImpl configuration;

  public RefusalRecorder(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (RefusalScope.current() == null) {
      return next.execute(command);
    }
    RefusalScope.authenticated(configuration.getIdentityService().getCurrentAuthentication());
    try {
      return next.execute(command);
    } catch (RuntimeException failed) {
      for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
        if (cause instanceof Refusal refusal) {
          RefusalScope.refused(refusal);
          break;
        }
      }
      throw failed;
    }
  }
}
