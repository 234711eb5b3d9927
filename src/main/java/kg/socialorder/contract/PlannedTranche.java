package kg.socialorder.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import kg.socialorder.engine.JsonVariables;

/** A tranche as the contract plans it: what is paid when, and what is reported by when. */
public record PlannedTranche(
    int number, BigDecimal amount, LocalDate paymentDate, LocalDate reportDueDate, String deliverables) {

  /** The tranche as a variable holds it. */
  public static PlannedTranche of(Object variable) {
    return JsonVariables.records(Collections.singletonList(JsonVariables.plain(variable)), PlannedTranche.class).get(0);
  }
}
