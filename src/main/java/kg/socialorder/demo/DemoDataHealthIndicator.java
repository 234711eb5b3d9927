package kg.socialorder.demo;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The health component {@code demoData} of the demo profile: OUT_OF_SERVICE from the start until the
 * real cases are loaded (the web server answers before they are, and open data or Tasklist would
 * show an empty picture meanwhile), then UP. UP from the start when loading is switched off. While
 * it is OUT_OF_SERVICE, {@code /actuator/health} answers 503, so a script or a container's health
 * check can wait for it.
 */
@Component("demoData")
@Profile("demo")
public class DemoDataHealthIndicator implements HealthIndicator {

  private volatile boolean ready;

  DemoDataHealthIndicator(DemoProperties properties) {
    this.ready = !properties.loadCases();
  }

  /** Loading has begun (again): not ready until {@link #ready()}. */
  void loading() {
    ready = false;
  }

  void ready() {
    ready = true;
  }

  @Override
  public Health health() {
    return ready ? Health.up().build() : Health.outOfService().build();
  }
}
