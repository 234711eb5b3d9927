package kg.socialorder.tranche;

import static kg.socialorder.tranche.TrancheVariables.CONTRACTOR_NAME;
import static kg.socialorder.tranche.TrancheVariables.CONTRACT_NUMBER;
import static kg.socialorder.tranche.TrancheVariables.MUNICIPALITY;
import static kg.socialorder.tranche.TrancheVariables.PAID_ON;
import static kg.socialorder.tranche.TrancheVariables.PAYMENT_ORDER_NUMBER;
import static kg.socialorder.tranche.TrancheVariables.TRANCHE;

import kg.socialorder.contract.Payment;
import kg.socialorder.contract.PaymentOrder;
import kg.socialorder.contract.PlannedTranche;
import kg.socialorder.engine.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Pays the approved tranche through the payment gateway. Runs as its own job (asyncBefore) with a
 * retry cycle; the ledger's key on contract and tranche makes a retried or re-run job pay once. The
 * amount is the contract plan's, exact.
 */
@Component("recordPayment")
public class RecordPayment implements JavaDelegate {

  private final TranchePayments payments;

  public RecordPayment(TranchePayments payments) {
    this.payments = payments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PlannedTranche tranche = JsonVariables.record(execution.getVariable(TRANCHE), PlannedTranche.class);
    Payment payment = payments.pay(execution.getProcessBusinessKey(), new PaymentOrder(
        (String) execution.getVariable(MUNICIPALITY),
        (String) execution.getVariable(CONTRACT_NUMBER),
        tranche.number(),
        tranche.amount(),
        (String) execution.getVariable(CONTRACTOR_NAME),
        (String) execution.getVariable(PAYMENT_ORDER_NUMBER),
        execution.getProcessInstanceId()));
    execution.setVariable(PAID_ON, payment.paidOn().toString());
  }
}
