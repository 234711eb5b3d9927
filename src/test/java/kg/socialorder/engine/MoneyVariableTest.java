package kg.socialorder.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Money through a form's number field and back: the same som and tyiyn, whatever the amount. */
class MoneyVariableTest {

  /** The largest amount a form accepts (InputCheck.MAX_AMOUNT), with tyiyn. */
  private static final BigDecimal LARGEST = new BigDecimal("100000000000.00");

  @Test
  void everyAmountAFormAcceptsComesBackExactly() {
    SplittableRandom random = new SplittableRandom(16);
    for (int i = 0; i < 200_000; i++) {
      // tyiyn from 1 to the largest amount, spread over every order of magnitude
      long tyiyn = (long) Math.pow(10, random.nextDouble(0, 13)) + random.nextLong(100);
      BigDecimal amount = BigDecimal.valueOf(Math.min(tyiyn, 10_000_000_000_000L), 2);
      assertThat(MoneyVariable.read(MoneyVariable.of(amount))).as("%s som", amount).isEqualByComparingTo(amount);
    }
    for (String edge : new String[] {"0.01", "0.10", "0.30", "1234567.89", "99999999999.99", "100000000000"}) {
      BigDecimal amount = new BigDecimal(edge);
      assertThat(MoneyVariable.read(MoneyVariable.of(amount))).isEqualByComparingTo(amount);
    }
    assertThat(MoneyVariable.read(MoneyVariable.of(LARGEST))).isEqualByComparingTo(LARGEST);
  }

  @Test
  void aVariableIsReadAsTheDecimalItShowsNotTheBinaryFractionBehindIt() {
    // 0.1 + 0.2 as a double is 0.30000000000000004; a form would never send it, but 0.3 is read as 0.3
    assertThat(MoneyVariable.read(0.3)).isEqualByComparingTo("0.30");
    assertThat(MoneyVariable.read(280_000.5)).isEqualByComparingTo("280000.50");
    assertThat(MoneyVariable.read(450_000L)).isEqualByComparingTo("450000");
    assertThat(MoneyVariable.read(" 1500.25 ")).isEqualByComparingTo("1500.25");
    assertThat(MoneyVariable.read(new BigDecimal("7.10"))).isEqualTo(new BigDecimal("7.10"));
    assertThat(MoneyVariable.read(null)).isNull();
    assertThat(MoneyVariable.of(null)).isNull();
  }
}
