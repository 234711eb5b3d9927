package kg.socialorder.competition;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A published call for proposals, as its row in {@code so_competition_call} holds it. */
public record CompetitionCall(
    String callNumber, String processInstanceId, String businessKey, int round, String municipality,
    int themeNumber, String problem, String targetGroup, String goal, String tasks, String expectedResults,
    int termMonths, BigDecimal budgetCeiling, String eligibilityRequirements, List<ScoringCriterion> scoringCriteria,
    LocalDate deadlineDate, Instant deadlineAt, CallStatus status, Instant publishedAt, int scoringRound,
    Long winnerApplicationId, String protocolNumber, LocalDate protocolDate,
    Instant resultsPublishedAt, Instant appealDeadlineAt, String outcomeReason) {

  /**
   * Applications (and new versions) are accepted until the deadline by the server's clock, and not
   * once the deadline's closing has read them, whichever comes first: a late timer takes no late
   * submission, and no version arrives after the commission's list was made.
   */
  public boolean acceptsApplicationsAt(Instant now) {
    return status == CallStatus.OPEN && now.isBefore(deadlineAt);
  }

  /** Appeals are accepted while results stand published and their window is open. */
  public boolean acceptsAppealsAt(Instant now) {
    return status == CallStatus.RESULTS && appealDeadlineAt != null && now.isBefore(appealDeadlineAt);
  }
}
