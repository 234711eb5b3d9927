package kg.socialorder.finalreport;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the final report makes public about one theme's contract: how residents chose the problem,
 * the competition, the contract and each tranche, how it ended, the money, the indicators, the
 * monitoring group's verdict and the public accountability event. Stored as JSON, so the
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
    Hearing hearing,
    Selection selection,
    Competition competition,
    List<Tranche> tranches) {

  /** How residents chose the theme's problem; absent for a report made outside a social order. */
  public record Selection(String problem, long votes, long participantsTotal, Long participantsWomen,
      String votingMethod, int problemsConsidered) {}

  /** The theme's competition: applications, their scores and the winner. */
  public record Competition(String callNumber, int applications, int eligible, String winner,
      List<Applicant> ranking) {}

  public record Applicant(Integer position, String organisation, boolean eligible, BigDecimal score) {}

  /** A tranche as paid and accepted. */
  public record Tranche(int number, BigDecimal amount, String paidOn, String acceptedOn) {}

  public record Hearing(String format, String date, String place, long attendance, String minutes,
      List<HearingQuestion> questions) {}
}
