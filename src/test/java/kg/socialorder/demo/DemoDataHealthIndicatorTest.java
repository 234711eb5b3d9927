package kg.socialorder.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

/** The demo's health component: out of service until the cases are in, whenever loading is on. */
class DemoDataHealthIndicatorTest {

  @Test
  void outOfServiceFromTheStartUntilTheCasesAreLoaded() {
    DemoDataHealthIndicator health = new DemoDataHealthIndicator(new DemoProperties(true));
    assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
    health.loading();
    assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
    health.ready();
    assertThat(health.health().getStatus()).isEqualTo(Status.UP);
  }

  @Test
  void upFromTheStartWhenNothingIsToBeLoaded() {
    assertThat(new DemoDataHealthIndicator(new DemoProperties(false)).health().getStatus()).isEqualTo(Status.UP);
  }
}
