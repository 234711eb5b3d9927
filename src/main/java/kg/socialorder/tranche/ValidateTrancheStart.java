package kg.socialorder.tranche;

import static kg.socialorder.tranche.TrancheVariables.CONTRACTOR_NAME;
import static kg.socialorder.tranche.TrancheVariables.CONTRACTOR_USER_ID;
import static kg.socialorder.tranche.TrancheVariables.CONTRACT_NUMBER;
import static kg.socialorder.tranche.TrancheVariables.CORRECTION_PERIOD;
import static kg.socialorder.tranche.TrancheVariables.DECISION_PERIOD;
import static kg.socialorder.tranche.TrancheVariables.DELIVERABLES;
import static kg.socialorder.tranche.TrancheVariables.MEMBER_OPTIONS;
import static kg.socialorder.tranche.TrancheVariables.MONITORING_GROUP;
import static kg.socialorder.tranche.TrancheVariables.MONITORING_PERIOD;
import static kg.socialorder.tranche.TrancheVariables.MONITORING_USER_IDS;
import static kg.socialorder.tranche.TrancheVariables.MUNICIPALITY;
import static kg.socialorder.tranche.TrancheVariables.PAYMENT_DUE_AT;
import static kg.socialorder.tranche.TrancheVariables.PLANNED_PAYMENT_DATE;
import static kg.socialorder.tranche.TrancheVariables.PLANNED_REPORT_DUE_DATE;
import static kg.socialorder.tranche.TrancheVariables.REMINDER_BEFORE_DUE;
import static kg.socialorder.tranche.TrancheVariables.REPORT_DUE_AFTER_PAYMENT;
import static kg.socialorder.tranche.TrancheVariables.TRANCHE_AMOUNT;
import static kg.socialorder.tranche.TrancheVariables.TRANCHE_COUNT;
import static kg.socialorder.tranche.TrancheVariables.TRANCHE_NUMBER;

import java.util.Date;
import java.util.List;
import kg.socialorder.contract.ContractRegister;
import kg.socialorder.contract.MonitoringMember;
import kg.socialorder.contract.PlannedTranche;
import kg.socialorder.contract.TranchePlan;
import kg.socialorder.contract.SelectOption;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.engine.MoneyVariable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * A tranche starts from its contract's terms, which the contract checked when they were drafted and
 * the contract register holds since the contract was registered: the tranche gets its number and reads
 * its line of the plan there. A missing term, or a tranche the register does not have, is a fault of
 * the caller and stops the start. Lays out the tranche's own terms for the forms and copies the
 * deadlines from the settings. The monitoring group comes with the call: the register does not keep it.
 */
@Component("validateTrancheStart")
public class ValidateTrancheStart implements ExecutionListener {

  static final List<String> REQUIRED = List.of(MUNICIPALITY, CONTRACT_NUMBER, CONTRACTOR_USER_ID, CONTRACTOR_NAME,
      TRANCHE_NUMBER, MONITORING_GROUP, MONITORING_USER_IDS);

  private final TrancheProperties properties;
  private final ReportDeadline deadline;
  private final ContractRegister contracts;

  public ValidateTrancheStart(TrancheProperties properties, ReportDeadline deadline, ContractRegister contracts) {
    this.properties = properties;
    this.deadline = deadline;
    this.contracts = contracts;
  }

  @Override
  public void notify(DelegateExecution execution) {
    List<String> missing = REQUIRED.stream().filter(name -> execution.getVariable(name) == null).toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("A tranche needs its contract's " + missing);
    }
    String municipality = (String) execution.getVariable(MUNICIPALITY);
    String contractNumber = (String) execution.getVariable(CONTRACT_NUMBER);
    int number = ((Number) execution.getVariable(TRANCHE_NUMBER)).intValue();
    TranchePlan plan = contracts.plan(municipality, contractNumber);
    PlannedTranche tranche = plan.required(number, municipality, contractNumber);
    List<MonitoringMember> group = JsonVariables.records(execution.getVariable(MONITORING_GROUP), MonitoringMember.class);

    // the call's expression gives a long: the forms and the contract's output keep the plan's int
    execution.setVariable(TRANCHE_NUMBER, tranche.number());
    execution.setVariable(TRANCHE_COUNT, plan.tranches().size());
    execution.setVariable(TRANCHE_AMOUNT, MoneyVariable.of(tranche.amount()));
    execution.setVariable(PLANNED_PAYMENT_DATE, tranche.paymentDate().toString());
    execution.setVariable(PLANNED_REPORT_DUE_DATE, tranche.reportDueDate().toString());
    execution.setVariable(DELIVERABLES, tranche.deliverables());
    execution.setVariable(PAYMENT_DUE_AT, Date.from(deadline.endOf(tranche.paymentDate())));
    execution.setVariable(MEMBER_OPTIONS, JsonVariables.json(group.stream()
        .map(m -> new SelectOption(m.name(), m.name())).toList()));
    execution.setVariable(REPORT_DUE_AFTER_PAYMENT, properties.reportDueAfterPayment().toString());
    execution.setVariable(REMINDER_BEFORE_DUE, properties.reminderBeforeDue().toString());
    execution.setVariable(MONITORING_PERIOD, properties.monitoringPeriod().toString());
    execution.setVariable(CORRECTION_PERIOD, properties.correctionPeriod().toString());
    execution.setVariable(DECISION_PERIOD, properties.decisionPeriod().toString());
  }
}
