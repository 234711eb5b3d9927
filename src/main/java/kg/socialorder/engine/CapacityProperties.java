package kg.socialorder.engine;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of {@link RequestAdmission} ({@code social-order.capacity.*}).
 *
 * @param admissionWait how long a request waits for its turn before the person is told the server
 *     is busy
 */
@ConfigurationProperties("social-order.capacity")
public record CapacityProperties(Duration admissionWait) {

  public CapacityProperties {
    admissionWait = admissionWait == null ? Duration.ofSeconds(10) : admissionWait;
  }
}
