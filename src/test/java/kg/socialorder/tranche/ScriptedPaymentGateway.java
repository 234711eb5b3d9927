package kg.socialorder.tranche;

import java.util.concurrent.atomic.AtomicInteger;
import kg.socialorder.contract.LedgerPaymentGateway;
import kg.socialorder.contract.Payment;
import kg.socialorder.contract.PaymentGateway;
import kg.socialorder.contract.PaymentOrder;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The application's own payment gateway, which tests can tell to fail the next payments: it
 * records the payment in the ledger as usual and then fails, as a gateway would that times out
 * after doing its work, so a test sees that the failed job's transaction takes the entry back.
 * Found by component scanning in every test context; without {@link #failNext} it pays normally.
 */
@Component
@Primary
public class ScriptedPaymentGateway implements PaymentGateway {

  private final LedgerPaymentGateway ledger;
  private final AtomicInteger failuresLeft = new AtomicInteger();

  public ScriptedPaymentGateway(LedgerPaymentGateway ledger) {
    this.ledger = ledger;
  }

  /** The next {@code times} payments fail; 0 ends the failures. */
  public void failNext(int times) {
    failuresLeft.set(times);
  }

  @Override
  public Payment pay(PaymentOrder order) {
    Payment payment = ledger.pay(order);
    if (failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
      throw new IllegalStateException("Payment gateway did not answer (scripted failure)");
    }
    return payment;
  }
}
