package kg.socialorder.competition;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A registered application, as its row in {@code so_competition_application} holds it. */
public record Application(
    long id, String callNumber, String registrationNumber,
    String organisationName, String legalForm, String taxNumber, LocalDate registrationDate,
    String contactPerson, String phone, String email,
    String projectTitle, String summary, String workPlan,
    BigDecimal requestedAmount, BigDecimal ownContribution, List<BudgetLine> budgetLines,
    List<String> declaredDocuments, String channel, Instant firstSubmittedAt, Instant submittedAt, int submissions,
    Boolean eligible, String eligibilityReasons, BigDecimal totalScore, Integer scoresCount, Integer rankingPosition) {

  public boolean allDocumentsDeclared() {
    return declaredDocuments.containsAll(CompetitionVariables.DOCUMENT_CODES);
  }
}
