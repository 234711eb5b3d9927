package kg.socialorder.finalreport;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Deadlines of the final report ({@code social-order.final-report.*}).
 *
 * @param reportDue how long the contractor has for the final report after the last tranche
 * @param evaluationDue how long the monitoring group has for its final evaluation
 * @param hearingDue how long the coordinator has to hold the public accountability event
 */
@ConfigurationProperties("social-order.final-report")
public record FinalReportProperties(Duration reportDue, Duration evaluationDue, Duration hearingDue) {

  public FinalReportProperties {
    reportDue = reportDue == null ? Duration.ofDays(30) : reportDue;
    evaluationDue = evaluationDue == null ? Duration.ofDays(14) : evaluationDue;
    hearingDue = hearingDue == null ? Duration.ofDays(30) : hearingDue;
  }
}
