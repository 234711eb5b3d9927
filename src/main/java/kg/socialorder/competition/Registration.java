package kg.socialorder.competition;

import java.time.Instant;

/** The receipt of a submission: its registration number, and whether it replaced an earlier one. */
public record Registration(
    String callNumber, String registrationNumber, String organisationName, String projectTitle,
    Instant submittedAt, boolean replaced) {}
