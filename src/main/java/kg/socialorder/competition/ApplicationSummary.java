package kg.socialorder.competition;

import java.math.BigDecimal;

/** An application as the officials' forms list it, with its eligibility. */
public record ApplicationSummary(
    long applicationId, String registrationNumber, String organisationName, String legalForm,
    String projectTitle, BigDecimal requestedAmount, boolean eligible, String eligibilityText) {}
