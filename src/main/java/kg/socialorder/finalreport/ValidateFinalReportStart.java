package kg.socialorder.finalreport;

import static kg.socialorder.finalreport.FinalReportVariables.CONTRACTOR_USER_ID;
import static kg.socialorder.finalreport.FinalReportVariables.CONTRACT_NUMBER;
import static kg.socialorder.finalreport.FinalReportVariables.CONTRACT_OUTCOME;
import static kg.socialorder.finalreport.FinalReportVariables.INDICATORS;
import static kg.socialorder.finalreport.FinalReportVariables.MONITORING_USER_IDS;
import static kg.socialorder.finalreport.FinalReportVariables.MUNICIPALITY;
import static kg.socialorder.finalreport.FinalReportVariables.ORGANISATION_NAME;
import static kg.socialorder.finalreport.FinalReportVariables.OUTCOME_COMPLETED;
import static kg.socialorder.finalreport.FinalReportVariables.OUTCOME_TERMINATED;
import static kg.socialorder.finalreport.FinalReportVariables.TERMINATION_REASON;
import static kg.socialorder.finalreport.FinalReportVariables.TOTAL_PAID;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import kg.socialorder.contract.ContractRegister;
import kg.socialorder.contract.PaymentLedger;
import kg.socialorder.engine.BusinessCalendar;
import kg.socialorder.engine.BusinessKeys;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.engine.MoneyVariable;
import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.ValidationMessages;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Checks what the final report starts with (the contract's number and outcome) and sets the
 * deadlines of its tasks from configuration. The contract's amount, its indicators and what its
 * tranches paid are read from the contract register and the payment ledger, not received; of them
 * what was paid is set on the report for the two forms that show it, and the indicators for the
 * report's form to lay out its lines. The report's case record starts here, from those figures.
 */
@Component("validateFinalReportStart")
public class ValidateFinalReportStart implements ExecutionListener {

  static final String REPORT_DUE_PERIOD = "reportDuePeriod";
  static final String EVALUATION_DUE_PERIOD = "evaluationDuePeriod";
  static final String HEARING_DUE_PERIOD = "hearingDuePeriod";

  private final ValidationMessages messages;
  private final BusinessCalendar calendar;
  private final BusinessKeys businessKeys;
  private final FinalReportProperties properties;
  private final FinalReportRegister register;
  private final ContractRegister contracts;
  private final PaymentLedger ledger;

  public ValidateFinalReportStart(ValidationMessages messages, BusinessCalendar calendar,
      BusinessKeys businessKeys, FinalReportProperties properties, FinalReportRegister register,
      ContractRegister contracts, PaymentLedger ledger) {
    this.messages = messages;
    this.calendar = calendar;
    this.businessKeys = businessKeys;
    this.properties = properties;
    this.register = register;
    this.contracts = contracts;
    this.ledger = ledger;
  }

  @Override
  public void notify(DelegateExecution execution) {
    InputCheck check = messages.check();
    String municipality = check.municipality(execution.getTenantId());
    String contractNumber = check.text(CONTRACT_NUMBER, execution.getVariable(CONTRACT_NUMBER), true);
    String organisation = check.text(ORGANISATION_NAME, execution.getVariable(ORGANISATION_NAME), true);
    String contractor = check.text(CONTRACTOR_USER_ID, execution.getVariable(CONTRACTOR_USER_ID), true);
    String monitors = check.text(MONITORING_USER_IDS, execution.getVariable(MONITORING_USER_IDS), true);
    BigDecimal amount = null;
    BigDecimal paid = null;
    if (contractNumber != null) {
      amount = contracts.amount(municipality, contractNumber).orElse(null);
      if (amount == null) {
        check.reject(CONTRACT_NUMBER, "contractNotRegistered");
      } else {
        paid = ledger.totals(municipality, contractNumber).amount();
        if (paid.compareTo(amount) > 0) {
          check.reject(TOTAL_PAID, "paidAboveContract");
        }
      }
    }
    String outcome = check.choice(CONTRACT_OUTCOME, execution.getVariable(CONTRACT_OUTCOME), true,
        Set.of(OUTCOME_COMPLETED, OUTCOME_TERMINATED));
    String reason = check.text(TERMINATION_REASON, execution.getVariable(TERMINATION_REASON),
        OUTCOME_TERMINATED.equals(outcome));
    List<IndicatorTarget> indicators = amount == null ? List.of() : contracts.indicators(municipality, contractNumber)
        .stream().map(i -> new IndicatorTarget(i.name(), i.unit(), BigDecimal.valueOf(i.target()))).toList();
    check.throwIfInvalid();

    execution.setVariable(MUNICIPALITY, municipality);
    execution.setVariable(CONTRACT_NUMBER, contractNumber);
    execution.setVariable(ORGANISATION_NAME, organisation);
    execution.setVariable(CONTRACTOR_USER_ID, contractor);
    execution.setVariable(MONITORING_USER_IDS, monitors);
    execution.setVariable(TOTAL_PAID, MoneyVariable.of(paid));
    execution.setVariable(TERMINATION_REASON, OUTCOME_TERMINATED.equals(outcome) ? reason : null);
    execution.setVariable(INDICATORS, JsonVariables.json(indicators));
    execution.setVariable(REPORT_DUE_PERIOD, properties.reportDue().toString());
    execution.setVariable(EVALUATION_DUE_PERIOD, properties.evaluationDue().toString());
    execution.setVariable(HEARING_DUE_PERIOD, properties.hearingDue().toString());
    businessKeys.assignIfMissing(execution, municipality, calendar.today().getYear());
    register.opened(new FinalReportCase.Contract(execution.getProcessBusinessKey(), municipality, contractNumber,
        organisation, amount, paid, outcome, OUTCOME_TERMINATED.equals(outcome) ? reason : null, indicators));
  }
}
