package kg.socialorder.tranche;

import static kg.socialorder.tranche.TrancheVariables.PLANNED_REPORT_DUE_DATE;
import static kg.socialorder.tranche.TrancheVariables.REPORT_DUE_AFTER_PAYMENT;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The report is due on the day the contract planned, but a contractor paid late still gets the
 * configured time after the payment to do the work and report.
 */
@Component("scheduleTrancheReport")
public class ScheduleTrancheReport implements JavaDelegate {

  private final ReportDeadline deadline;

  public ScheduleTrancheReport(ReportDeadline deadline) {
    this.deadline = deadline;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant planned = deadline.endOf(LocalDate.parse((String) execution.getVariable(PLANNED_REPORT_DUE_DATE)));
    Instant afterPayment = deadline.now().plus(Duration.parse((String) execution.getVariable(REPORT_DUE_AFTER_PAYMENT)));
    deadline.set(execution, planned.isAfter(afterPayment) ? planned : afterPayment);
  }
}
