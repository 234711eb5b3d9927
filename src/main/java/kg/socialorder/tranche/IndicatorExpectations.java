package kg.socialorder.tranche;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import kg.socialorder.contract.ContractRegister;
import kg.socialorder.contract.TargetIndicator;
import kg.socialorder.contract.TranchePlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * What a contractor should have reached by the end of a tranche: each target in proportion to the
 * share of the contract's money (its plan's total) paid so far (half the money, half the children enrolled), rounded
 * down; by the last tranche, the whole target. A report at or above every expectation is on track.
 */
@Component
public class IndicatorExpectations {

  private final ContractRegister contracts;

  /** Expectations of the given indicators and plan only (no register to read). */
  public IndicatorExpectations() {
    this(null);
  }

  @Autowired
  public IndicatorExpectations(ContractRegister contracts) {
    this.contracts = contracts;
  }

  /** The lines of tranche {@code trancheNumber} of a contract, from its indicators and plan in the register. */
  public List<IndicatorProgress> lines(String municipality, String contractNumber, int trancheNumber) {
    return lines(contracts.indicators(municipality, contractNumber), contracts.plan(municipality, contractNumber),
        trancheNumber);
  }

  public List<IndicatorProgress> lines(List<TargetIndicator> indicators, TranchePlan plan, int trancheNumber) {
    BigDecimal paidSoFar = plan.paidThrough(trancheNumber);
    boolean last = plan.isLast(trancheNumber);
    return indicators.stream().map(indicator -> new IndicatorProgress(indicator.name(), indicator.unit(),
        indicator.target(), last ? indicator.target() : BigDecimal.valueOf(indicator.target()).multiply(paidSoFar)
            .divide(plan.total(), 0, RoundingMode.DOWN).longValueExact(), null)).toList();
  }

  public static boolean onTrack(List<IndicatorProgress> lines) {
    return lines.stream().allMatch(line -> line.reached() != null && line.reached() >= line.expected());
  }
}
