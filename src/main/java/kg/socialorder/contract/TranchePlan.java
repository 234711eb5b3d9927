package kg.socialorder.contract;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A contract's tranches as signed, in order: what is paid when and reported by when. */
public record TranchePlan(List<PlannedTranche> tranches) {

  public TranchePlan {
    tranches = tranches.stream().sorted(Comparator.comparingInt(PlannedTranche::number)).toList();
  }

  /** What the plan pays in all: the contract's amount, once the draft is checked. */
  public BigDecimal total() {
    return tranches.stream().map(PlannedTranche::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** What is paid by the end of tranche {@code number}, that tranche included. */
  public BigDecimal paidThrough(int number) {
    return tranches.stream().filter(t -> t.number() <= number).map(PlannedTranche::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public Optional<PlannedTranche> tranche(int number) {
    return tranches.stream().filter(t -> t.number() == number).findFirst();
  }

  /**
   * Tranche {@code number}; refused when the plan has none by that number (past the plan, or the empty
   * plan of a contract the register does not have).
   */
  public PlannedTranche required(int number, String municipality, String contractNumber) {
    return tranche(number).orElseThrow(() -> new IllegalStateException(
        "The contract register has no tranche " + number + " of contract " + contractNumber + " of " + municipality));
  }

  public boolean isLast(int number) {
    return tranches.isEmpty() || number >= tranches.get(tranches.size() - 1).number();
  }
}
