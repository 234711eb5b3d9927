package kg.socialorder.tranche;

import static kg.socialorder.tranche.TrancheVariables.CONTRACTOR_NAME;
import static kg.socialorder.tranche.TrancheVariables.CONTRACT_NUMBER;
import static kg.socialorder.tranche.TrancheVariables.MUNICIPALITY;
import static kg.socialorder.tranche.TrancheVariables.PAID_ON;
import static kg.socialorder.tranche.TrancheVariables.PAYMENT_ORDER_NUMBER;
import static kg.socialorder.tranche.TrancheVariables.TRANCHE_AMOUNT;
import static kg.socialorder.tranche.TrancheVariables.TRANCHE_NUMBER;

import java.math.BigDecimal;
import kg.socialorder.contract.Payment;
import kg.socialorder.contract.PaymentGateway;
import kg.socialorder.contract.PaymentOrder;
import kg.socialorder.ocds.OcdsPublisher;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Pays the approved tranche through the payment gateway. Runs as its own job (asyncBefore) with a
 * retry cycle; the ledger's key on contract and tranche makes a retried or re-run job pay once.
 */
@Component("recordPayment")
public class RecordPayment implements JavaDelegate {

  private final PaymentGateway gateway;
  private final OcdsPublisher ocds;

  public RecordPayment(PaymentGateway gateway, OcdsPublisher ocds) {
    this.gateway = gateway;
    this.ocds = ocds;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Payment payment = gateway.pay(new PaymentOrder(
        (String) execution.getVariable(MUNICIPALITY),
        (String) execution.getVariable(CONTRACT_NUMBER),
        ((Number) execution.getVariable(TRANCHE_NUMBER)).intValue(),
        BigDecimal.valueOf(((Number) execution.getVariable(TRANCHE_AMOUNT)).doubleValue()),
        (String) execution.getVariable(CONTRACTOR_NAME),
        (String) execution.getVariable(PAYMENT_ORDER_NUMBER),
        execution.getProcessInstanceId()));
    execution.setVariable(PAID_ON, payment.paidOn().toString());
    ocds.payment(execution);
  }
}
