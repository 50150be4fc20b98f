package com.quoox.xero.events;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Money received for a sale after it completed (a deposit, a pay-later sale, a GoCardless payment
 * that cleared), fired in the monolith's own transaction. Payments taken at the till arrive inside
 * {@link SaleCompleted#payments()} instead; one with the same provider and provider payment id is
 * recorded once, whichever way it came.
 *
 * @param businessId the Quoox business
 * @param paymentId the monolith's id of the payment, unique per business
 * @param saleId the sale it pays; its invoice in Xero receives the payment
 * @param provider who took it; its clearing account in Xero receives the money
 * @param amount how much, in {@code currency}
 * @param currency ISO 4217 code; must be the sale's currency (Xero pays invoices in their own)
 * @param providerPaymentId the provider's id (Stripe charge, GoCardless payment), or {@code null}
 *     for cash
 * @param fee the provider's fee on this payment if known, else {@code null}; kept for reference
 *     only: fees reach Xero once, from the payout that deducted them
 * @param receivedAt when the money was received; its UTC date is the payment date
 */
public record PaymentReceived(
    String businessId,
    String paymentId,
    String saleId,
    PaymentProvider provider,
    BigDecimal amount,
    String currency,
    String providerPaymentId,
    BigDecimal fee,
    Instant receivedAt) {

  public PaymentReceived {
    // A blank provider id is no id: the payment is then keyed by the monolith's own id.
    providerPaymentId =
        providerPaymentId == null || providerPaymentId.isBlank() ? null : providerPaymentId;
  }
}
