package kg.socialorder.contract;

import java.math.BigDecimal;

/** The organisation the competition chose, as the competition hands it over. */
public record Winner(
    String applicationId, String registrationNumber, String organisationName, String legalForm,
    String taxNumber, String projectTitle, BigDecimal requestedAmount, String contactEmail) {}
