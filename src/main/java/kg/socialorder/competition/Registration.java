package kg.socialorder.competition;

import java.time.Instant;

/**
 * The receipt of a submission: its registration number and which version of the application it
 * registered. {@code secret} is set only when a new application was registered from the portal: it is
 * shown once, on the receipt, and stored only as a hash.
 */
public record Registration(
    String callNumber, String registrationNumber, String organisationName, String projectTitle,
    Instant submittedAt, int version, String secret) {

  /** An earlier version of the application existed: this one replaces it for the commission. */
  public boolean replaced() {
    return version > 1;
  }
}
