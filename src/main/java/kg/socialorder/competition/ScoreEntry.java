package kg.socialorder.competition;

/** A member's score of one application on one criterion (a row of the scoring form). */
public record ScoreEntry(
    long applicationId, String registrationNumber, String projectTitle,
    String criterion, String criterionName, int weight, Integer score) {}
