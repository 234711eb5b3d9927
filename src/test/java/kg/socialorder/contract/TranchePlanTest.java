package kg.socialorder.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranchePlanTest {

  private final TranchePlan plan = new TranchePlan(List.of(
      tranche(2, "150000.15"), tranche(1, "250000.10"), tranche(3, "0.05")));

  @Test
  void totalsAreExactToTheTyiyn() {
    assertThat(plan.total()).isEqualTo(new BigDecimal("400000.30"));
    assertThat(plan.paidThrough(1)).isEqualTo(new BigDecimal("250000.10"));
    assertThat(plan.paidThrough(2)).isEqualTo(new BigDecimal("400000.25"));
  }

  @Test
  void tranchesAreInTheirOrderWhateverOrderTheFormSentThem() {
    assertThat(plan.tranches()).extracting(PlannedTranche::number).containsExactly(1, 2, 3);
    assertThat(plan.tranche(2)).hasValueSatisfying(t -> assertThat(t.amount()).isEqualByComparingTo("150000.15"));
    assertThat(plan.tranche(4)).isEmpty();
    assertThat(plan.isLast(2)).isFalse();
    assertThat(plan.isLast(3)).isTrue();
  }

  private static PlannedTranche tranche(int number, String amount) {
    LocalDate paid = LocalDate.parse("2026-03-01").plusMonths(number);
    return new PlannedTranche(number, new BigDecimal(amount), paid, paid.plusDays(60), "Этап " + number);
  }
}
