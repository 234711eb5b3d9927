package kg.socialorder.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kg.socialorder.SocialOrderApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

class AdminPasswordGuardTest {

  @Test
  void anAdministratorWithoutPasswordStopsTheStart() {
    MockEnvironment environment = new MockEnvironment().withProperty("camunda.bpm.admin-user.id", "admin")
        .withProperty("camunda.bpm.admin-user.password", "");

    assertThatThrownBy(() -> new AdminPasswordGuard().postProcessEnvironment(environment, new SpringApplication()))
        .isInstanceOf(AdminPasswordGuard.MissingAdminPasswordException.class);
  }

  @Test
  void theOperatorIsToldWhatToSet() {
    FailureAnalysis analysis = new MissingAdminPasswordAnalyzer()
        .analyze(new IllegalStateException(new AdminPasswordGuard.MissingAdminPasswordException("admin")));

    assertThat(analysis.getDescription()).contains("'admin' has no password");
    assertThat(analysis.getAction()).contains("SOCIAL_ORDER_ADMIN_PASSWORD");
  }

  @Test
  void thePostgresProfileRefusesToStartWithoutTheAdministratorPassword() {
    SpringApplication application = new SpringApplication(SocialOrderApplication.class);
    application.setAdditionalProfiles("postgres");

    assertThatThrownBy(() -> application.run("--spring.main.web-application-type=none"))
        .isInstanceOf(AdminPasswordGuard.MissingAdminPasswordException.class);
  }

  @Test
  void anAdministratorWithPasswordPasses() {
    MockEnvironment environment = new MockEnvironment().withProperty("camunda.bpm.admin-user.id", "admin")
        .withProperty("camunda.bpm.admin-user.password", "s3cret");

    new AdminPasswordGuard().postProcessEnvironment(environment, new SpringApplication());
  }
}
