package kg.socialorder.ocds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.mock.env.MockEnvironment;

/** Open data is never published for good with this machine's address or a malformed OCID prefix. */
class PublicAddressGuardTest {

  private final PublicAddressGuard guard = new PublicAddressGuard();

  @Test
  void outsideTheDemoTheDefaultLocalhostAddressStopsTheStart() {
    MockEnvironment production = new MockEnvironment();
    production.setActiveProfiles("postgres");
    assertThatThrownBy(() -> guard.postProcessEnvironment(production, new SpringApplication()))
        .isInstanceOf(PublicAddressGuard.UnpublishableOpenDataException.class)
        .hasMessageContaining("social-order.ocds.base-uri is http://localhost:8080");

    production.setProperty("social-order.ocds.base-uri", "https://socialorder.example.kg");
    production.setProperty("social-order.ocds.publication-policy", "http://127.0.0.1:8080/ocds/publication-policy.html");
    assertThatThrownBy(() -> guard.postProcessEnvironment(production, new SpringApplication()))
        .hasMessageContaining("social-order.ocds.publication-policy is http://127.0.0.1:8080");

    production.setProperty("social-order.ocds.publication-policy", "https://socialorder.example.kg/ocds/policy");
    assertThatCode(() -> guard.postProcessEnvironment(production, new SpringApplication())).doesNotThrowAnyException();
  }

  @Test
  void theDemoPublishesOnLocalhost() {
    MockEnvironment demo = new MockEnvironment();
    demo.setActiveProfiles("postgres", "demo");
    assertThatCode(() -> guard.postProcessEnvironment(demo, new SpringApplication())).doesNotThrowAnyException();
    // no profile named: demo is the default
    assertThatCode(() -> guard.postProcessEnvironment(new MockEnvironment() {
      { setDefaultProfiles("demo"); }
    }, new SpringApplication())).doesNotThrowAnyException();
  }

  @Test
  void aMalformedOcidPrefixStopsTheStartInEveryProfile() {
    MockEnvironment demo = new MockEnvironment().withProperty("social-order.ocds.ocid-prefix", "KG-social");
    demo.setActiveProfiles("demo");
    assertThatThrownBy(() -> guard.postProcessEnvironment(demo, new SpringApplication()))
        .hasMessageContaining("ocid-prefix is 'KG-social'");
  }

  /**
   * Spring runs the guard before anything starts and reports its refusal as the operator's message.
   * (Checked through the registration rather than a refused start, which Spring logs as an ERROR.)
   */
  @Test
  @SuppressWarnings("deprecation")
  void everyStartIsGuardedAndTheOperatorIsToldWhatToSet() {
    ClassLoader loader = getClass().getClassLoader();
    assertThat(SpringFactoriesLoader.loadFactoryNames(EnvironmentPostProcessor.class, loader))
        .contains(PublicAddressGuard.class.getName());
    assertThat(SpringFactoriesLoader.loadFactoryNames(FailureAnalyzer.class, loader))
        .contains(PublicAddressGuard.Analyzer.class.getName());

    MockEnvironment production = new MockEnvironment();
    production.setActiveProfiles("postgres");
    Throwable refused = catchThrowable(() -> guard.postProcessEnvironment(production, new SpringApplication()));
    FailureAnalysis analysis = new PublicAddressGuard.Analyzer().analyze(new IllegalStateException(refused));
    assertThat(analysis.getDescription()).contains("social-order.ocds.base-uri is http://localhost:8080");
    assertThat(analysis.getAction()).contains("SOCIAL_ORDER_PUBLIC_URL", "SOCIAL_ORDER_OCID_PREFIX");
  }
}
