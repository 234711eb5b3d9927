package kg.socialorder.contract;

import static kg.socialorder.contract.ContractVariables.CONTRACT_NUMBER;
import static kg.socialorder.contract.ContractVariables.CONTRACT_OUTCOME;
import static kg.socialorder.contract.ContractVariables.LAST_TRANCHE_NUMBER;
import static kg.socialorder.contract.ContractVariables.MUNICIPALITY;
import static kg.socialorder.contract.ContractVariables.OUTCOME_COMPLETED;
import static kg.socialorder.contract.ContractVariables.OUTCOME_TERMINATED;
import static kg.socialorder.contract.ContractVariables.TERMINATION_REASON;
import static kg.socialorder.contract.ContractVariables.TOTAL_PAID;
import static kg.socialorder.contract.ContractVariables.TRANCHES_ACCEPTED;
import static kg.socialorder.contract.ContractVariables.TRANCHES_PAID;
import static kg.socialorder.contract.ContractVariables.TRANCHE_OUTCOME;
import static kg.socialorder.contract.ContractVariables.TRANCHE_PLAN;
import static kg.socialorder.contract.ContractVariables.TRANCHE_TERMINATED;

import java.util.List;
import kg.socialorder.contract.PaymentLedger.Totals;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.engine.MoneyVariable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * After the last tranche, or the one during which the head terminated the contract: how the
 * contract ended and what was paid, from the payment ledger. These are the contract's outputs for
 * the final report.
 */
@Component("closeContract")
public class CloseContract implements JavaDelegate {

  private final PaymentLedger ledger;
  private final Contracts contracts;

  public CloseContract(PaymentLedger ledger, Contracts contracts) {
    this.ledger = ledger;
    this.contracts = contracts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<PlannedTranche> plan = JsonVariables.records(execution.getVariable(TRANCHE_PLAN), PlannedTranche.class);
    boolean terminated = TRANCHE_TERMINATED.equals(execution.getVariable(TRANCHE_OUTCOME));
    // a terminated contract stopped in its last tranche, which was not accepted
    int accepted = terminated ? ((Number) execution.getVariable(LAST_TRANCHE_NUMBER)).intValue() - 1 : plan.size();
    Totals paid = ledger.totals((String) execution.getVariable(MUNICIPALITY),
        (String) execution.getVariable(CONTRACT_NUMBER));
    String outcome = terminated ? OUTCOME_TERMINATED : OUTCOME_COMPLETED;

    execution.setVariable(CONTRACT_OUTCOME, outcome);
    if (!terminated) {
      execution.setVariable(TERMINATION_REASON, null);
    }
    execution.setVariable(TOTAL_PAID, MoneyVariable.of(paid.amount()));
    execution.setVariable(TRANCHES_PAID, paid.tranches());
    execution.setVariable(TRANCHES_ACCEPTED, accepted);
    contracts.close((String) execution.getVariable(MUNICIPALITY), execution.getProcessBusinessKey(),
        (String) execution.getVariable(CONTRACT_NUMBER), execution.getProcessInstanceId(), outcome,
        (String) execution.getVariable(TERMINATION_REASON));
  }
}
