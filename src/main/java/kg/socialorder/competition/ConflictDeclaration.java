package kg.socialorder.competition;

/** A member's declaration on one eligible application (a row of the scoring form). */
public record ConflictDeclaration(
    long applicationId, String registrationNumber, String organisationName, String projectTitle,
    boolean conflictOfInterest) {}
