package kg.socialorder.competition;

/**
 * A competition ended without a winner.
 *
 * @param municipality the municipality that ran it
 * @param themeKey the theme's key (the competition's business key)
 * @param callNumber its call, absent when it was cancelled before a call was published
 * @param reason why, as the coordinator wrote it
 */
public record CompetitionCancelled(String municipality, String themeKey, String callNumber, String reason) {}
