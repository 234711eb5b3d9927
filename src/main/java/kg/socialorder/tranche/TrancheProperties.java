package kg.socialorder.tranche;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Deadlines of a tranche ({@code social-order.tranche.*}), copied into each tranche at its start.
 *
 * @param reportDueAfterPayment the report is due on the planned date, but never sooner than this
 *     after the payment: a late payment moves the deadline
 * @param reminderBeforeDue the contractor is reminded this long before the report is due
 * @param monitoringPeriod the monitoring group records its visit within this after the report
 * @param correctionPeriod the contractor corrects a report within this
 * @param decisionPeriod the coordinator (overdue report) and the head (suspension) decide within this
 */
@ConfigurationProperties("social-order.tranche")
public record TrancheProperties(
    Duration reportDueAfterPayment, Duration reminderBeforeDue, Duration monitoringPeriod,
    Duration correctionPeriod, Duration decisionPeriod) {

  public TrancheProperties {
    reportDueAfterPayment = reportDueAfterPayment == null ? Duration.ofDays(30) : reportDueAfterPayment;
    reminderBeforeDue = reminderBeforeDue == null ? Duration.ofDays(3) : reminderBeforeDue;
    monitoringPeriod = monitoringPeriod == null ? Duration.ofDays(14) : monitoringPeriod;
    correctionPeriod = correctionPeriod == null ? Duration.ofDays(14) : correctionPeriod;
    decisionPeriod = decisionPeriod == null ? Duration.ofDays(5) : decisionPeriod;
  }
}
