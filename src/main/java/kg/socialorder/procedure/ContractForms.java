package kg.socialorder.procedure;

import static kg.socialorder.engine.JsonVariables.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.socialorder.engine.MoneyVariable;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * What the forms of a contract submit, built from what their people decide: the draft with its
 * tranche plan and indicators, the two signatures and the monitoring group.
 */
public final class ContractForms {

  /** A tranche as the contract plans it: paid on {@code paymentDate}, reported on by {@code reportDueDate}. */
  public record PlannedTranche(BigDecimal amount, LocalDate paymentDate, LocalDate reportDueDate,
      String deliverables) {}

  /** An indicator the contractor promises to reach. */
  public record Indicator(String name, String unit, long target) {}

  /** A member of the monitoring group: a user of the application ({@code userId}), or a named member without one. */
  public record Member(String name, String userId, String category, boolean chair) {}

  private ContractForms() {}

  /** DraftContract: the contract's number, amount and term, its contractor, tranche plan and indicators. */
  public static VariableMap draft(String number, BigDecimal amount, LocalDate start, LocalDate end,
      String contractorUserId, List<PlannedTranche> tranches, List<Indicator> indicators) {
    return Variables.createVariables()
        .putValue("contractNumber", number)
        .putValue("contractAmount", MoneyVariable.of(amount))
        .putValue("contractStart", start.toString())
        .putValue("contractEnd", end.toString())
        .putValue("contractorUserId", contractorUserId)
        .putValue("tranchePlan", json(tranches.stream().map(ContractForms::planned).toList()))
        .putValue("indicators", json(indicators));
  }

  private static Map<String, Object> planned(PlannedTranche tranche) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("amount", MoneyVariable.of(tranche.amount()));
    row.put("paymentDate", tranche.paymentDate().toString());
    row.put("reportDueDate", tranche.reportDueDate().toString());
    row.put("deliverables", tranche.deliverables());
    return row;
  }

  /** ReviewContract: the contractor signs. */
  public static VariableMap contractorSigns() {
    return Variables.createVariables().putValue("contractorDecision", "sign");
  }

  /** ReviewContract: the contractor asks for changes before signing. */
  public static VariableMap changesRequested(String what) {
    return Variables.createVariables().putValue("contractorDecision", "requestChanges").putValue("changeRequest", what);
  }

  /** SignContract: the head signs for the municipality. */
  public static VariableMap headSigns() {
    return Variables.createVariables().putValue("headSigned", true);
  }

  /** FormMonitoringGroup: the members, one of whom chairs. */
  public static VariableMap monitoringGroup(List<Member> members) {
    return Variables.createVariables().putValue("monitoringGroup", json(members));
  }
}
