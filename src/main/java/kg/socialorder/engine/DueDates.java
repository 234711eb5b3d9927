package kg.socialorder.engine;

import java.time.Duration;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Due dates of user tasks, from periods that configuration put into variables at start:
 * {@code camunda:dueDate="${dueDates.after(reportDuePeriod)}"}, so a demo can run in minutes and a
 * municipality in days without touching a diagram.
 */
@Component("dueDates")
public class DueDates {

  private final BusinessCalendar calendar;

  public DueDates(BusinessCalendar calendar) {
    this.calendar = calendar;
  }

  /** Now plus an ISO-8601 period such as P30D or PT10M. */
  public Date after(String isoPeriod) {
    return Date.from(calendar.now().plus(Duration.parse(isoPeriod)).toInstant());
  }
}
