package kg.socialorder.engine;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Puts the project's {@link PasswordCheck} in place of Camunda's own password policy
 * ({@code enablePasswordPolicy}), so Admin's "create user" and "change password" and the REST API's
 * {@code /user/create} and {@code /user/{id}/credentials} refuse what our pages refuse, with the
 * same bilingual message.
 *
 * <p>The engine asks a policy's rules twice: while it saves a user (inside the command: a refused
 * password is thrown as the person's {@link RefusedInputException}, answered 400 with its message,
 * and nothing is stored), and when Admin checks a password as it is typed
 * ({@code POST /identity/password-policy}, outside any command: the rule just reports false and
 * Admin shows {@link PasswordCheck#requirements()} as unmet).
 */
class PasswordPolicyPlugin extends AbstractProcessEnginePlugin {

  /** Camunda's field for the password in its user forms and REST bodies. */
  static final String FIELD = "password";

  private final ObjectProvider<PasswordCheck> checks;

  PasswordPolicyPlugin(ObjectProvider<PasswordCheck> checks) {
    this.checks = checks;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PasswordCheck check = checks.getIfAvailable();
    if (check != null && check.appliesToEngineAccounts()) {
      configuration.setEnablePasswordPolicy(true);
      configuration.setPasswordPolicy(new ProjectPolicy(check));
    }
  }

  private record ProjectPolicy(PasswordCheck check) implements PasswordPolicy {

    @Override
    public List<PasswordPolicyRule> getRules() {
      return List.of(new ProjectRule(check));
    }
  }

  private record ProjectRule(PasswordCheck check) implements PasswordPolicyRule {

    /** Admin translates a rule's placeholder; one it has no text for it shows as it is. */
    @Override
    public String getPlaceholder() {
      return check.requirements();
    }

    @Override
    public Map<String, String> getParameters() {
      return Map.of();
    }

    @Override
    public boolean execute(String candidatePassword) {
      return execute(candidatePassword, null);
    }

    @Override
    public boolean execute(String candidatePassword, User user) {
      try {
        check.check(FIELD, candidatePassword, user == null ? null : user.getId());
        return true;
      } catch (RefusedInputException refused) {
        if (Context.getCommandContext() != null) {
          throw refused;
        }
        return false;
      }
    }
  }
}
