package kg.socialorder.engine;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import kg.socialorder.SocialOrderProperties;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** "Today" in the municipalities' time zone, on the engine's clock (which tests may move). */
@Component
public class BusinessCalendar {

  private final ZoneId zone;

  public BusinessCalendar(SocialOrderProperties properties) {
    this.zone = properties.timeZone();
  }

  public LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone);
  }

  /** Now, in the municipalities' time zone, on the engine's clock. */
  public ZonedDateTime now() {
    return ClockUtil.getCurrentTime().toInstant().atZone(zone);
  }

  public ZoneId zone() {
    return zone;
  }
}
