package kg.socialorder.competition;

/** An appeal as the head decides it (a row of the review form). */
public record AppealReview(
    long appealId, String registrationNumber, String organisationName, String grounds,
    String decision, String reason) {}
