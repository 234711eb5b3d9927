package kg.socialorder.tranche;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import kg.socialorder.contract.PlannedTranche;
import kg.socialorder.contract.TargetIndicator;
import kg.socialorder.contract.TranchePlan;
import org.junit.jupiter.api.Test;

class TrancheReportTest {

  @Test
  void expensesAddUpExactlyAndAreCheckedAgainstTheTrancheToTheTyiyn() {
    TrancheReport report = report(List.of(new IndicatorProgress("Балдар", "бала", 75, 40, 41L)),
        List.of(expense("0.10"), expense("0.20"), expense("99999.70")));

    assertThat(report.expensesTotal()).isEqualTo(new BigDecimal("100000.00"));
    assertThat(report.withinTranche(new BigDecimal("100000"))).isTrue();
    assertThat(report.withinTranche(new BigDecimal("99999.99"))).isFalse();
  }

  @Test
  void onTrackWhenEveryIndicatorReachesWhatWasExpectedByNow() {
    assertThat(report(List.of(new IndicatorProgress("Балдар", "бала", 75, 40, 40L),
        new IndicatorProgress("Тарбиячы", "адам", 5, 2, 3L)), List.of()).onTrack()).isTrue();
    assertThat(report(List.of(new IndicatorProgress("Балдар", "бала", 75, 40, 39L)), List.of()).onTrack()).isFalse();
  }

  @Test
  void expectationsFollowTheShareOfThePlanPaidAndTheLastTrancheExpectsTheWholeTarget() {
    TranchePlan plan = new TranchePlan(List.of(
        new PlannedTranche(1, new BigDecimal("250000"), LocalDate.parse("2026-03-01"), LocalDate.parse("2026-05-01"), "1"),
        new PlannedTranche(2, new BigDecimal("150000"), LocalDate.parse("2026-06-01"), LocalDate.parse("2026-08-01"), "2")));
    List<TargetIndicator> targets = List.of(new TargetIndicator("Балдар", "бала", 75));

    assertThat(new IndicatorExpectations().lines(targets, plan, 1)).extracting(IndicatorProgress::expected)
        .containsExactly(46L); // 75 × 250/400 = 46.875, rounded down
    assertThat(new IndicatorExpectations().lines(targets, plan, 2)).extracting(IndicatorProgress::expected)
        .containsExactly(75L);
  }

  private static TrancheReport report(List<IndicatorProgress> progress, List<Expense> expenses) {
    return new TrancheReport("karakol", "МСТ-1", 1, "Иштер", progress, expenses, LocalDate.parse("2026-04-01"));
  }

  private static Expense expense(String amount) {
    return new Expense("Айлык", new BigDecimal(amount), null);
  }
}
