package kg.socialorder.tranche;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A tranche report as the contractor submitted it: the activities, each indicator against what was
 * expected by now, and the expenses by budget line.
 */
public record TrancheReport(String municipality, String contractNumber, int trancheNumber, String activities,
    List<IndicatorProgress> progress, List<Expense> expenses, LocalDate submittedOn) {

  public TrancheReport {
    Objects.requireNonNull(submittedOn, "submittedOn");
    progress = List.copyOf(progress);
    expenses = List.copyOf(expenses);
  }

  /** What the expenses come to, exactly. */
  public BigDecimal expensesTotal() {
    return expenses.stream().map(Expense::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Every indicator at or above what was expected by the end of this tranche. */
  public boolean onTrack() {
    return IndicatorExpectations.onTrack(progress);
  }

  /** Whether the expenses stay within the tranche's money. */
  public boolean withinTranche(BigDecimal trancheAmount) {
    return expensesTotal().compareTo(trancheAmount) <= 0;
  }
}
