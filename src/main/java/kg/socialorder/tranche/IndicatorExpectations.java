package kg.socialorder.tranche;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import kg.socialorder.contract.PlannedTranche;
import kg.socialorder.contract.TargetIndicator;
import org.springframework.stereotype.Component;

/**
 * What a contractor should have reached by the end of a tranche: each target in proportion to the
 * share of the contract's money paid so far (half the money, half the children enrolled), rounded
 * down; by the last tranche, the whole target. A report at or above every expectation is on track.
 */
@Component
public class IndicatorExpectations {

  public List<IndicatorProgress> lines(List<TargetIndicator> indicators, List<PlannedTranche> plan,
      int trancheNumber, BigDecimal contractAmount) {
    BigDecimal paidSoFar = plan.stream().filter(t -> t.number() <= trancheNumber)
        .map(PlannedTranche::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    boolean last = trancheNumber >= plan.size();
    return indicators.stream().map(indicator -> new IndicatorProgress(indicator.name(), indicator.unit(),
        indicator.target(), last ? indicator.target() : BigDecimal.valueOf(indicator.target()).multiply(paidSoFar)
            .divide(contractAmount, 0, RoundingMode.DOWN).longValueExact(), null)).toList();
  }

  public static boolean onTrack(List<IndicatorProgress> lines) {
    return lines.stream().allMatch(line -> line.reached() != null && line.reached() >= line.expected());
  }
}
