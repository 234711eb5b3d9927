package kg.socialorder.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * The person whose request a step serves (the one completing the task), and the narrow look-ups a
 * step may make on their behalf beyond their own rights.
 */
@Component
public class CurrentUser {

  private final IdentityService identity;

  public CurrentUser(IdentityService identity) {
    this.identity = identity;
  }

  /** The login of the person completing the task; null for a step no person triggered (a job). */
  public String id() {
    Authentication current = identity.getCurrentAuthentication();
    return current == null ? null : current.getUserId();
  }

  /**
   * Runs a look-up without the engine's authorization check, inside a command as outside one. For
   * questions a person may ask and the engine's coarse rights would refuse (a coordinator naming a
   * contractor of the municipality without the right to list all users): the caller answers only
   * those.
   */
  public static <T> T withoutAuthorizationCheck(Supplier<T> lookup) {
    CommandContext command = Context.getCommandContext();
    if (command == null || !command.isAuthorizationCheckEnabled()) {
      return lookup.get();
    }
    command.disableAuthorizationCheck();
    try {
      return lookup.get();
    } finally {
      command.enableAuthorizationCheck();
    }
  }
}
