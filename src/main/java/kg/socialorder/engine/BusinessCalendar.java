package kg.socialorder.engine;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Component;

/** "Today" and "now" in the municipalities' time zone, on the application's one clock. */
@Component
public class BusinessCalendar {

  private final Clock clock;
  private final ZoneId zone;

  public BusinessCalendar(Clock clock) {
    this.zone = clock.getZone();
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Now, in the municipalities' time zone. */
  public ZonedDateTime now() {
    return ZonedDateTime.now(clock);
  }

  public ZoneId zone() {
    return zone;
  }
}
