package kg.socialorder.competition;

import java.time.Instant;

/** An appeal filed on the portal, as its row in {@code so_competition_appeal} holds it. */
public record Appeal(
    long id, String callNumber, long applicationId, int scoringRound, String grounds, Instant filedAt,
    String status, String decisionReason) {

  public static final String FILED = "filed";
  public static final String UPHELD = "upheld";
  public static final String REJECTED = "rejected";
  /** Filed against results that were re-scored before it was reviewed. */
  public static final String SUPERSEDED = "superseded";
}
