package kg.socialorder.contract;

/**
 * Where a tranche is paid. The application's own implementation records the payment in the
 * municipality's ledger ({@link LedgerPaymentGateway}); a treasury connection would be another
 * implementation of this port. Whatever the implementation, paying an order that was paid before
 * returns the earlier payment and pays nothing.
 */
public interface PaymentGateway {

  Payment pay(PaymentOrder order);
}
