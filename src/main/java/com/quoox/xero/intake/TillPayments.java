package com.quoox.xero.intake;

import com.quoox.xero.events.Payment;
import com.quoox.xero.events.PaymentReceived;
import com.quoox.xero.events.SaleCompleted;
import java.util.ArrayList;
import java.util.List;

/**
 * The payments taken with a sale at the till, as the {@link PaymentReceived} events they are: one
 * outbox entry each, sent as a payment on the sale's invoice once the invoice is in Xero.
 */
final class TillPayments {

  private TillPayments() {}

  static List<PaymentReceived> of(SaleCompleted sale) {
    List<PaymentReceived> received = new ArrayList<>();
    for (int i = 0; i < sale.payments().size(); i++) {
      Payment payment = sale.payments().get(i);
      if (payment == null) {
        continue;
      }
      received.add(
          new PaymentReceived(
              sale.businessId(),
              // Unique per business as long as the sale id is: the n-th payment of this sale.
              "sale:" + sale.saleId() + "#" + (i + 1),
              sale.saleId(),
              payment.provider(),
              payment.amount(),
              sale.currency(),
              blankToNull(payment.providerReference()),
              null,
              sale.completedAt()));
    }
    return received;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
