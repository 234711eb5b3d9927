package kg.socialorder.procedure;

import java.math.BigDecimal;
import kg.socialorder.engine.MoneyVariable;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/** What the coordinator submits to start a social order (and its problem selection). */
public final class OrderForms {

  private OrderForms() {}

  /** The start form: the programme, its year, the budget envelope and how many themes are planned. */
  public static VariableMap start(String programmeName, int year, BigDecimal envelope, int themesPlanned) {
    return Variables.createVariables()
        .putValue("programmeName", programmeName)
        .putValue("year", year)
        .putValue("budgetEnvelope", MoneyVariable.of(envelope))
        .putValue("themesPlanned", themesPlanned);
  }
}
