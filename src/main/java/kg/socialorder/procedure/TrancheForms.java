package kg.socialorder.procedure;

import static kg.socialorder.engine.JsonVariables.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.socialorder.engine.MoneyVariable;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * What the forms of a tranche submit, built from what their people decide: the payment order, the
 * contractor's report, the monitoring visit and the decisions on an overdue report.
 */
public final class TrancheForms {

  /** Money spent on a budget line; {@code description} may be left out ({@code null}). */
  public record Expense(String budgetLine, BigDecimal amount, String description) {}

  private TrancheForms() {}

  /** ApprovePaymentOrder: finance approves the payment order. */
  public static VariableMap paymentOrder(String number, LocalDate date) {
    return Variables.createVariables().putValue("paymentOrderNumber", number)
        .putValue("paymentOrderDate", date.toString()).putValue("paymentApproved", true);
  }

  /**
   * SubmitTrancheReport: what was done, what each indicator reached (in the order of the lines the
   * form lays out) and what was spent.
   */
  public static VariableMap report(String activities, List<?> laidOutProgress, List<? extends Number> reached,
      List<Expense> expenses) {
    return Variables.createVariables()
        .putValue("reportActivities", activities)
        .putValue("indicatorProgress", json(LaidOutRows.filled(laidOutProgress, "reached", reached)))
        .putValue("expenses", json(expenses.stream().map(TrancheForms::expense).toList()));
  }

  private static Map<String, Object> expense(Expense expense) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("budgetLine", expense.budgetLine());
    row.put("amount", MoneyVariable.of(expense.amount()));
    if (expense.description() != null) {
      row.put("description", expense.description());
    }
    return row;
  }

  /** RecordMonitoringVisit: the day, who of the group was there, what they found and their rating. */
  public static VariableMap visit(LocalDate date, List<String> present, String findings, String rating,
      boolean expensesConfirmed) {
    return Variables.createVariables()
        .putValue("visitDate", date.toString())
        .putValue("membersPresent", json(present))
        .putValue("findings", findings)
        .putValue("monitoringRating", rating)
        .putValue("expensesConfirmed", expensesConfirmed);
  }

  /** DecideOnOverdueReport: the coordinator's decision on a late report; a new due date where it gives one. */
  public static VariableMap overdueDecision(String decision, LocalDate newDueDate, String comment) {
    return Variables.createVariables().putValue("overdueDecision", decision)
        .putValue("newReportDueDate", day(newDueDate)).putValue("overdueComment", comment);
  }

  /** DecideOnSuspension: the head's decision on a suspended tranche; a new due date where it gives one. */
  public static VariableMap headDecision(String decision, LocalDate newDueDate, String comment) {
    return Variables.createVariables().putValue("headDecision", decision)
        .putValue("newReportDueDate", day(newDueDate)).putValue("headComment", comment);
  }

  private static String day(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
