package kg.socialorder.contract;

import kg.socialorder.engine.BusinessCalendar;
import org.springframework.stereotype.Component;

/** Pays by recording the payment in the municipality's own ledger, dated today. */
@Component
public class LedgerPaymentGateway implements PaymentGateway {

  private final PaymentLedger ledger;
  private final BusinessCalendar calendar;

  public LedgerPaymentGateway(PaymentLedger ledger, BusinessCalendar calendar) {
    this.ledger = ledger;
    this.calendar = calendar;
  }

  @Override
  public Payment pay(PaymentOrder order) {
    return ledger.recordOnce(order, calendar.today());
  }
}
