package kg.socialorder.identity;

import kg.socialorder.identity.AdminPasswordGuard.MissingAdminPasswordException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells the operator what to set when the administrator password is missing. */
public class MissingAdminPasswordAnalyzer extends AbstractFailureAnalyzer<MissingAdminPasswordException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, MissingAdminPasswordException cause) {
    return new FailureAnalysis(
        "The administrator account '" + cause.admin() + "' has no password, so the application "
            + "will not start.",
        "Set the environment variable SOCIAL_ORDER_ADMIN_PASSWORD to the administrator's password "
            + "(and SOCIAL_ORDER_ADMIN_USER to its login if it is not 'admin').",
        cause);
  }
}
