package kg.socialorder.finalreport;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Publishes a contract's public report once and raises {@link PublicReportPublished} in the
 * transaction of the publishing step: the report and what listens (the open data) commit or roll
 * back together. A step run again finds the report published; its listeners publish once as well.
 */
@Service
public class PublicReportPublication {

  private final PublicReportRegister reports;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  public PublicReportPublication(PublicReportRegister reports, ApplicationEventPublisher events, Clock clock) {
    this.reports = reports;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Publishes the report.
   *
   * @param report the report as the public reads it
   * @param hearing the public hearing where it was presented
   * @param refundedOn the day unspent money was returned (null when nothing was)
   */
  public void publish(PublicReport report, PublicReportPublished.Hearing hearing, LocalDate refundedOn) {
    reports.publishOnce(report, clock.instant());
    events.publishEvent(new PublicReportPublished(report.municipality(), report.businessKey(),
        report.contractNumber(), report.organisationName(), report.results(), report.finalRating(),
        report.totalPaid(), report.totalSpent(), report.refunded(), refundedOn, hearing));
  }
}
