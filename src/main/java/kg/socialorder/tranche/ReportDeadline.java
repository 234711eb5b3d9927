package kg.socialorder.tranche;

import static kg.socialorder.tranche.TrancheVariables.REMINDER_AT;
import static kg.socialorder.tranche.TrancheVariables.REMINDER_BEFORE_DUE;
import static kg.socialorder.tranche.TrancheVariables.REPORT_DUE_AT;
import static kg.socialorder.tranche.TrancheVariables.REPORT_DUE_DATE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import kg.socialorder.engine.BusinessCalendar;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The report's deadline, wherever it is set (after the payment, for corrections, by an extension,
 * when the head continues the contract): the day shown to people, the instant the contractor's task
 * is due and the overdue timer fires, and the instant of the reminder before it.
 */
@Component
public class ReportDeadline {

  /** A day given as a deadline lasts until its end. */
  static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  private final BusinessCalendar calendar;

  public ReportDeadline(BusinessCalendar calendar) {
    this.calendar = calendar;
  }

  public Instant endOf(LocalDate day) {
    return day.atTime(END_OF_DAY).atZone(calendar.zone()).toInstant();
  }

  public Instant now() {
    return calendar.now().toInstant();
  }

  /** Sets the report due at {@code due}, with the reminder the configured time before it. */
  public void set(VariableScope scope, Instant due) {
    Duration reminderBefore = Duration.parse((String) scope.getVariable(REMINDER_BEFORE_DUE));
    scope.setVariable(REPORT_DUE_AT, Date.from(due));
    scope.setVariable(REPORT_DUE_DATE, LocalDate.ofInstant(due, calendar.zone()).toString());
    scope.setVariable(REMINDER_AT, Date.from(due.minus(reminderBefore)));
  }
}
