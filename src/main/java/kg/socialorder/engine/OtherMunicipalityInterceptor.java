package kg.socialorder.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine refuses a task or instance of a municipality the person does not belong to with a
 * plain engine error, which the REST API answers with 500 and English text. It is a refusal of
 * access: the person gets 403 and a message in Kyrgyz and Russian, naming nothing of the item.
 */
public class OtherMunicipalityInterceptor extends CommandInterceptor {

  /** The engine's own wording (CommandLogger, ENGINE-13041); it has no exception type of its own. */
  private static final String NO_AUTHENTICATED_TENANT = "because it belongs to no authenticated tenant";

  private final Supplier<String> message;

  public OtherMunicipalityInterceptor(Supplier<String> message) {
    this.message = message;
  }

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (ProcessEngineException e) {
      if (e.getClass() == ProcessEngineException.class && e.getMessage() != null
          && e.getMessage().contains(NO_AUTHENTICATED_TENANT)) {
        throw new OtherMunicipalityException(message.get());
      }
      throw e;
    }
  }
}
