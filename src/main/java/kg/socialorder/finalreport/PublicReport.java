package kg.socialorder.finalreport;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the final report makes public about one contract: how it ended, the money, the indicators,
 * the monitoring group's verdict and the public accountability event. Stored as JSON, so the
 * published text stays as it was published whatever the process does later.
 */
public record PublicReport(
    String businessKey,
    String municipality,
    String contractNumber,
    String organisationName,
    String contractOutcome,
    String terminationReason,
    BigDecimal contractAmount,
    BigDecimal totalPaid,
    BigDecimal totalSpent,
    BigDecimal refunded,
    String refundReference,
    String results,
    List<IndicatorResult> indicators,
    String finalRating,
    String conclusions,
    String recommendations,
    Hearing hearing) {

  public record Hearing(String format, String date, String place, long attendance, String minutes,
      List<HearingQuestion> questions) {}
}
