package kg.socialorder.tranche;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import kg.socialorder.contract.PlannedTranche;
import kg.socialorder.contract.TargetIndicator;
import kg.socialorder.contract.TranchePlan;
import org.junit.jupiter.api.Test;

/** What a report is expected to reach by each tranche, from the contract's plan alone. */
class IndicatorExpectationsTest {

  private final IndicatorExpectations expectations = new IndicatorExpectations();

  // 600 000 som: a third, then two thirds
  private final TranchePlan plan = new TranchePlan(List.of(
      new PlannedTranche(1, new BigDecimal("200000.00"), LocalDate.of(2026, 3, 15), LocalDate.of(2026, 6, 30), "Мебель"),
      new PlannedTranche(2, new BigDecimal("400000.00"), LocalDate.of(2026, 7, 10), LocalDate.of(2026, 11, 30), "Балдар")));
  private final List<TargetIndicator> indicators = List.of(
      new TargetIndicator("Бала бакчага катталган балдар", "бала", 75),
      new TargetIndicator("Жумушка алынган тарбиячылар", "адам", 5));

  @Test
  void expectsEachTargetInProportionToTheShareOfThePlanPaidSoFarRoundedDown() {
    assertThat(expectations.lines(indicators, plan, 1)).containsExactly(
        new IndicatorProgress("Бала бакчага катталган балдар", "бала", 75, 25, null),
        new IndicatorProgress("Жумушка алынган тарбиячылар", "адам", 5, 1, null));
  }

  @Test
  void expectsTheWholeTargetByTheLastTranche() {
    assertThat(expectations.lines(indicators, plan, 2)).extracting(IndicatorProgress::expected)
        .containsExactly(75L, 5L);
  }

  @Test
  void aReportIsOnTrackOnlyWhenEveryLineReachesItsExpectation() {
    assertThat(IndicatorExpectations.onTrack(List.of(
        new IndicatorProgress("a", "бала", 75, 25, 25L), new IndicatorProgress("b", "адам", 5, 1, 2L)))).isTrue();
    assertThat(IndicatorExpectations.onTrack(List.of(
        new IndicatorProgress("a", "бала", 75, 25, 24L), new IndicatorProgress("b", "адам", 5, 1, 2L)))).isFalse();
    assertThat(IndicatorExpectations.onTrack(List.of(new IndicatorProgress("a", "бала", 75, 25, null)))).isFalse();
  }
}
