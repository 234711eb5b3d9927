package kg.socialorder.tranche;

import static kg.socialorder.tranche.TrancheVariables.CONTRACTOR_NAME;
import static kg.socialorder.tranche.TrancheVariables.CONTRACT_NUMBER;
import static kg.socialorder.tranche.TrancheVariables.MUNICIPALITY;
import static kg.socialorder.tranche.TrancheVariables.PAID_ON;
import static kg.socialorder.tranche.TrancheVariables.PAYMENT_ORDER_NUMBER;
import static kg.socialorder.tranche.TrancheVariables.TRANCHE_NUMBER;

import kg.socialorder.contract.ContractRegister;
import kg.socialorder.contract.Payment;
import kg.socialorder.contract.PaymentOrder;
import kg.socialorder.contract.PlannedTranche;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Pays the approved tranche through the payment gateway. Runs as its own job (asyncBefore) with a
 * retry cycle; the ledger's key on contract and tranche makes a retried or re-run job pay once. The
 * amount is the contract plan's in the contract register, exact.
 */
@Component("recordPayment")
public class RecordPayment implements JavaDelegate {

  private final TranchePayments payments;
  private final ContractRegister contracts;

  public RecordPayment(TranchePayments payments, ContractRegister contracts) {
    this.payments = payments;
    this.contracts = contracts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String municipality = (String) execution.getVariable(MUNICIPALITY);
    String contractNumber = (String) execution.getVariable(CONTRACT_NUMBER);
    int number = ((Number) execution.getVariable(TRANCHE_NUMBER)).intValue();
    PlannedTranche tranche = contracts.plannedTranche(municipality, contractNumber, number);
    Payment payment = payments.pay(execution.getProcessBusinessKey(), new PaymentOrder(
        municipality,
        contractNumber,
        tranche.number(),
        tranche.amount(),
        (String) execution.getVariable(CONTRACTOR_NAME),
        (String) execution.getVariable(PAYMENT_ORDER_NUMBER),
        execution.getProcessInstanceId()));
    execution.setVariable(PAID_ON, payment.paidOn().toString());
  }
}
