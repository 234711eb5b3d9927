package kg.socialorder.tranche;

import kg.socialorder.contract.Payment;
import kg.socialorder.contract.PaymentGateway;
import kg.socialorder.contract.PaymentOrder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Pays a tranche through the payment gateway and says it is paid, in the transaction of the payment
 * step: the ledger entry and what listens to the payment (the open data) commit or roll back together.
 */
@Service
public class TranchePayments {

  private final PaymentGateway gateway;
  private final ApplicationEventPublisher events;

  public TranchePayments(PaymentGateway gateway, ApplicationEventPublisher events) {
    this.gateway = gateway;
    this.events = events;
  }

  /**
   * Pays the order (once: a tranche paid before returns its earlier payment) and raises
   * {@link TranchePaid}; its listeners publish once as well.
   */
  public Payment pay(String themeKey, PaymentOrder order) {
    Payment payment = gateway.pay(order);
    events.publishEvent(new TranchePaid(payment.municipality(), themeKey, payment.contractNumber(),
        payment.trancheNumber(), payment.amount(), payment.payee(), payment.paidOn()));
    return payment;
  }
}
