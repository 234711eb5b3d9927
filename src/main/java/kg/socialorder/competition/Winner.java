package kg.socialorder.competition;

import java.math.BigDecimal;

/** The competition's output for the contract: the winning organisation and its application. */
public record Winner(
    long applicationId, String registrationNumber, String organisationName, String legalForm,
    String taxNumber, String projectTitle, BigDecimal requestedAmount, BigDecimal ownContribution,
    String contactPerson, String contactPhone, String contactEmail, BigDecimal score) {

  static Winner of(Application application) {
    return new Winner(application.id(), application.registrationNumber(), application.organisationName(),
        application.legalForm(), application.taxNumber(), application.projectTitle(),
        application.requestedAmount(), application.ownContribution(), application.contactPerson(),
        application.phone(), application.email(), application.totalScore());
  }
}
