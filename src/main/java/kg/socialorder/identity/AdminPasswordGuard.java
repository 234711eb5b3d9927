package kg.socialorder.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start when an administrator is configured without a password (in production the
 * password comes from SOCIAL_ORDER_ADMIN_PASSWORD), before the engine could create an account
 * anyone may log in to.
 */
public class AdminPasswordGuard implements EnvironmentPostProcessor {

  static final String ADMIN_ID = "camunda.bpm.admin-user.id";
  static final String ADMIN_PASSWORD = "camunda.bpm.admin-user.password";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    String admin = environment.getProperty(ADMIN_ID);
    String password = environment.getProperty(ADMIN_PASSWORD);
    if (admin != null && !admin.isBlank() && (password == null || password.isBlank())) {
      throw new MissingAdminPasswordException(admin);
    }
  }

  /** Reported by {@link MissingAdminPasswordAnalyzer} as a plain message, not a stack trace. */
  public static class MissingAdminPasswordException extends IllegalStateException {

    private final String admin;

    MissingAdminPasswordException(String admin) {
      super("The administrator '" + admin + "' has no password");
      this.admin = admin;
    }

    public String admin() {
      return admin;
    }
  }
}
