package com.quoox.xero.events;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Money paid back to a customer for a refund, fired in the monolith's own transaction. It becomes a
 * payment out of the provider's clearing account on the refund's credit note.
 *
 * @param businessId the Quoox business
 * @param refundPaymentId the monolith's id of this repayment, unique per business
 * @param refundId the refund it pays out; its credit note in Xero receives the payment
 * @param provider who paid it back
 * @param amount how much, in {@code currency}
 * @param currency ISO 4217 code; must be the refund's currency
 * @param providerRefundId the provider's id of the refund (Stripe refund), or {@code null}
 * @param paidAt when it was paid; its UTC date is the payment date
 */
public record RefundPaid(
    String businessId,
    String refundPaymentId,
    String refundId,
    PaymentProvider provider,
    BigDecimal amount,
    String currency,
    String providerRefundId,
    Instant paidAt) {

  public RefundPaid {
    // A blank provider id is no id: the repayment is then keyed by the monolith's own id.
    providerRefundId =
        providerRefundId == null || providerRefundId.isBlank() ? null : providerRefundId;
  }
}
