package kg.socialorder.problemselection;

import static kg.socialorder.problemselection.ProblemSelectionVariables.BUDGET_ENVELOPE;
import static kg.socialorder.problemselection.ProblemSelectionVariables.MUNICIPALITY;
import static kg.socialorder.problemselection.ProblemSelectionVariables.PROGRAMME_NAME;
import static kg.socialorder.problemselection.ProblemSelectionVariables.THEMES_PLANNED;
import static kg.socialorder.problemselection.ProblemSelectionVariables.YEAR;

import java.math.BigDecimal;
import kg.socialorder.engine.BusinessKeys;
import kg.socialorder.engine.MoneyVariable;
import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.ValidationMessages;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Checks what a selection starts with, from the start form or the calling social order, and gives a
 * standalone selection its business key.
 */
@Component("validateSelectionStart")
public class ValidateSelectionStart implements ExecutionListener {

  private final ValidationMessages messages;
  private final BusinessKeys businessKeys;

  public ValidateSelectionStart(ValidationMessages messages, BusinessKeys businessKeys) {
    this.messages = messages;
    this.businessKeys = businessKeys;
  }

  @Override
  public void notify(DelegateExecution execution) {
    InputCheck check = messages.check();
    String municipality = check.municipality(execution.getTenantId());
    String programmeName = check.text(PROGRAMME_NAME, execution.getVariable(PROGRAMME_NAME), true);
    Long year = check.wholeNumber(YEAR, execution.getVariable(YEAR), true, 2000, 2100);
    BigDecimal envelope = check.amount(BUDGET_ENVELOPE, execution.getVariable(BUDGET_ENVELOPE), true);
    Object themesRaw = execution.getVariable(THEMES_PLANNED);
    Long themesPlanned = check.wholeNumber(THEMES_PLANNED, themesRaw == null ? 1 : themesRaw, true, 1, 20);
    check.throwIfInvalid();

    execution.setVariable(MUNICIPALITY, municipality);
    execution.setVariable(PROGRAMME_NAME, programmeName);
    execution.setVariable(YEAR, year.intValue());
    execution.setVariable(BUDGET_ENVELOPE, MoneyVariable.of(envelope));
    execution.setVariable(THEMES_PLANNED, themesPlanned.intValue());
    businessKeys.assignIfMissing(execution, municipality, year.intValue());
  }
}
