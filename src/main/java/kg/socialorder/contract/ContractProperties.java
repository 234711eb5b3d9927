package kg.socialorder.contract;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Deadlines of the contract ({@code social-order.contract.*}), copied into each contract at its
 * start so that a change of settings leaves running contracts as they were.
 *
 * @param reviewPeriod how long the contractor has to review and sign the draft
 * @param signingPeriod how long the head has to sign after the contractor
 */
@ConfigurationProperties("social-order.contract")
public record ContractProperties(Duration reviewPeriod, Duration signingPeriod) {

  public ContractProperties {
    reviewPeriod = reviewPeriod == null ? Duration.ofDays(10) : reviewPeriod;
    signingPeriod = signingPeriod == null ? Duration.ofDays(5) : signingPeriod;
  }
}
