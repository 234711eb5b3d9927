package kg.socialorder.competition;

import java.math.BigDecimal;

/**
 * A line of the ranking: the weighted score (0–10) averaged over the members who scored. An
 * application with fewer scores than the minimum has no rank and cannot win.
 */
public record RankedApplication(
    Integer rank, long applicationId, String registrationNumber, String organisationName,
    String projectTitle, BigDecimal requestedAmount, BigDecimal score, int scoresCount) {

  public boolean ranked() {
    return rank != null;
  }
}
