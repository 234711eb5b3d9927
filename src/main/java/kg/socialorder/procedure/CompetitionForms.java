package kg.socialorder.procedure;

import static kg.socialorder.engine.JsonVariables.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import kg.socialorder.competition.CompetitionVariables;
import kg.socialorder.engine.MoneyVariable;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * What the forms of a competition submit, built from what their people decide: the call and its
 * approval, an NGO's application as the portal's form sends it, the commission's sheets, the
 * protocol and the decisions on appeals.
 */
public final class CompetitionForms {

  /** The call as the coordinator words it; {@code ceiling} is the most one contract may cost. */
  public record Call(String goal, String tasks, String targetGroup, String expectedResults, int termMonths,
      BigDecimal ceiling, String eligibility) {}

  /** An NGO and its application as typed on the portal; it requests the sum of its budget lines. */
  public record Applicant(String organisationName, String legalForm, String taxNumber, LocalDate registrationDate,
      String contactPerson, String phone, String email, String projectTitle, String summary, String workPlan,
      List<BudgetLine> budget) {

    public BigDecimal requested() {
      return budget.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  public record BudgetLine(String item, BigDecimal amount) {}

  private CompetitionForms() {}

  /**
   * PrepareCall: the call, the scoring criteria as the form lays them out, the last day for
   * applications and the commission, whose first member chairs it.
   */
  public static VariableMap call(Call call, Object scoringCriteria, LocalDate deadline, List<String> commission) {
    return Variables.createVariables()
        .putValue("goal", call.goal())
        .putValue("tasks", call.tasks())
        .putValue("targetGroup", call.targetGroup())
        .putValue("expectedResults", call.expectedResults())
        .putValue("termMonths", call.termMonths())
        .putValue("budgetCeiling", MoneyVariable.of(call.ceiling()))
        .putValue("eligibilityRequirements", call.eligibility())
        .putValue(CompetitionVariables.SCORING_CRITERIA, json(scoringCriteria))
        .putValue("applicationDeadline", deadline.toString())
        .putValue("commissionMembers", json(commission))
        .putValue("commissionChair", commission.get(0));
  }

  /** ApproveCall: the head approves the call. */
  public static VariableMap callApproved() {
    return Variables.createVariables().putValue("callDecision", "approve");
  }

  /**
   * The portal's application form as it is sent: every document declared, nothing of the NGO's own
   * money. A mutable map, so that a test may spoil one field.
   */
  public static Map<String, Object> application(Applicant applicant) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("organisationName", applicant.organisationName());
    form.put("legalForm", applicant.legalForm());
    form.put("taxNumber", applicant.taxNumber());
    form.put("registrationDate", applicant.registrationDate().toString());
    form.put("contactPerson", applicant.contactPerson());
    form.put("phone", applicant.phone());
    form.put("email", applicant.email());
    form.put("projectTitle", applicant.projectTitle());
    form.put("summary", applicant.summary());
    form.put("workPlan", applicant.workPlan());
    form.put("requestedAmount", applicant.requested().toPlainString());
    form.put("ownContribution", "0");
    form.put("budgetLines", applicant.budget().stream()
        .map(line -> Map.of("item", line.item(), "amount", line.amount().toPlainString())).toList());
    form.put("declaredDocuments", List.copyOf(CompetitionVariables.DOCUMENT_CODES));
    form.put("declarationConfirmed", "true");
    return form;
  }

  /**
   * ScoreApplications: one member's sheet as the form lays it out, every application scored
   * {@code scoreOf(registrationNumber)}, except those the member declares a conflict of interest
   * with, which are left unscored.
   */
  public static VariableMap sheet(List<?> conflicts, List<?> scoresheet, Set<String> conflicted,
      Function<String, Integer> scoreOf) {
    return Variables.createVariables()
        .putValue("conflicts", json(LaidOutRows.filled(conflicts, "conflictOfInterest",
            (i, line) -> conflicted.contains(registration(line)))))
        .putValue("scoresheet", json(LaidOutRows.filled(scoresheet, "score",
            (i, line) -> conflicted.contains(registration(line)) ? null : scoreOf.apply(registration(line)))));
  }

  /** The registration numbers of a sheet's lines, in its order. */
  public static List<String> registrations(List<?> sheet) {
    return sheet.stream().map(line -> registration(LaidOutRows.line(line))).toList();
  }

  /** RecordProtocol: the commission's protocol naming the winner; a justification where it is not the first-ranked. */
  public static VariableMap protocol(String number, LocalDate date, String winnerApplicationId, String justification) {
    VariableMap protocol = Variables.createVariables()
        .putValue("protocolNumber", number)
        .putValue("protocolDate", date.toString())
        .putValue("winnerApplicationId", winnerApplicationId);
    if (justification != null) {
      protocol.putValue("winnerJustification", justification);
    }
    return protocol;
  }

  /** ReviewAppeals: every appeal as the form lays it out, decided alike for the same reason. */
  public static VariableMap appealDecisions(List<?> appeals, String decision, String reason) {
    return Variables.createVariables().putValue("appeals", json(LaidOutRows.filled(appeals, "reason",
        (i, line) -> {
          line.put("decision", decision);
          return reason;
        })));
  }

  private static String registration(Map<String, Object> line) {
    return (String) line.get("registrationNumber");
  }
}
