package kg.socialorder.contract;

import static kg.socialorder.contract.ContractVariables.CONTRACTOR_NAME;
import static kg.socialorder.contract.ContractVariables.CONTRACTOR_USER_ID;
import static kg.socialorder.contract.ContractVariables.CONTRACT_AMOUNT;
import static kg.socialorder.contract.ContractVariables.CONTRACT_END;
import static kg.socialorder.contract.ContractVariables.CONTRACT_NUMBER;
import static kg.socialorder.contract.ContractVariables.CONTRACT_START;
import static kg.socialorder.contract.ContractVariables.INDICATORS;
import static kg.socialorder.contract.ContractVariables.MUNICIPALITY;
import static kg.socialorder.contract.ContractVariables.PROJECT_TITLE;
import static kg.socialorder.contract.ContractVariables.REGISTERED_ON;
import static kg.socialorder.contract.ContractVariables.SIGNED_ON;
import static kg.socialorder.contract.ContractVariables.TRANCHE_PLAN;
import static kg.socialorder.contract.ContractVariables.WINNER;

import java.math.BigDecimal;
import java.time.LocalDate;
import kg.socialorder.engine.BusinessCalendar;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.engine.MoneyVariable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Registers the signed contract and publishes it. Runs as its own job (asyncBefore) with retries:
 * the register and the publication are written once, however often the job runs.
 */
@Component("registerContract")
public class RegisterContract implements JavaDelegate {

  private final Contracts contracts;
  private final BusinessCalendar calendar;

  public RegisterContract(Contracts contracts, BusinessCalendar calendar) {
    this.contracts = contracts;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    contracts.register(new ContractRegister.Entry((String) execution.getVariable(MUNICIPALITY),
            (String) execution.getVariable(CONTRACT_NUMBER), execution.getProcessInstanceId(),
            execution.getProcessBusinessKey(), (String) execution.getVariable(CONTRACTOR_NAME),
            (String) execution.getVariable(CONTRACTOR_USER_ID),
            MoneyVariable.read(execution.getVariable(CONTRACT_AMOUNT)),
            LocalDate.parse((String) execution.getVariable(CONTRACT_START)),
            LocalDate.parse((String) execution.getVariable(CONTRACT_END)),
            LocalDate.parse((String) execution.getVariable(SIGNED_ON)),
            new TranchePlan(JsonVariables.records(execution.getVariable(TRANCHE_PLAN), PlannedTranche.class)),
            JsonVariables.records(execution.getVariable(INDICATORS), TargetIndicator.class)),
        JsonVariables.record(execution.getVariable(WINNER), Winner.class),
        (String) execution.getVariable(PROJECT_TITLE));
    if (execution.getVariable(REGISTERED_ON) == null) {
      execution.setVariable(REGISTERED_ON, calendar.today().toString());
    }
  }
}
