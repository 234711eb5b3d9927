package kg.socialorder.competition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An NGO's application as submitted and checked, from the portal or a paper form. */
public record ApplicationInput(
    String organisationName, String legalForm, String taxNumber, LocalDate registrationDate,
    String contactPerson, String phone, String email,
    String projectTitle, String summary, String workPlan,
    BigDecimal requestedAmount, BigDecimal ownContribution, List<BudgetLine> budgetLines,
    List<String> declaredDocuments) {

  /** Every document the call requires was declared: the "documents declared" of eligibility. */
  public boolean allDocumentsDeclared() {
    return declaredDocuments.containsAll(CompetitionVariables.DOCUMENT_CODES);
  }
}
