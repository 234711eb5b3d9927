package kg.socialorder.engine;

import java.math.BigDecimal;

/**
 * Where money crosses into and out of process variables. The project's money is {@code BigDecimal}
 * (som with two decimals of tyiyn, {@code numeric(15,2)} in the case record); a form's number field
 * reads and writes a JSON number, so a variable a form shows holds the amount as a double. That double
 * is the nearest to the decimal, and its shortest text is the decimal again for every amount a form
 * accepts (at most 10^11 som with two decimals: 13 significant digits, within a double's 15), so the
 * crossing is exact both ways. Nothing else turns money into a double or back.
 */
public final class MoneyVariable {

  private MoneyVariable() {}

  /** The amount a variable holds, exactly as its decimal text; null for none. */
  public static BigDecimal read(Object variable) {
    if (variable == null) {
      return null;
    }
    if (variable instanceof BigDecimal amount) {
      return amount;
    }
    if (variable instanceof Double || variable instanceof Float) {
      return BigDecimal.valueOf(((Number) variable).doubleValue());
    }
    return new BigDecimal(variable.toString().strip());
  }

  /** The value a form's number field shows for the amount; null for none. */
  public static Double of(BigDecimal amount) {
    return amount == null ? null : amount.doubleValue();
  }
}
