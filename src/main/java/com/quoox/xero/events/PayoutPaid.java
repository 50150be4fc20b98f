package com.quoox.xero.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A provider paid money out to the business's bank account: the payments it settles less the
 * refunds it paid and its fees. It becomes, in Xero, a spend of the fees from the clearing account
 * and a bank transfer of the net amount from the clearing account to the bank account, so the bank
 * feed's line matches one transaction and the clearing account returns to zero.
 *
 * @param businessId the Quoox business
 * @param payoutId the provider's id of the payout (Stripe {@code po_…}), unique per provider
 * @param provider who paid out
 * @param arrivalDate the day the money reaches the bank; the date of the transactions in Xero
 * @param currency ISO 4217 code of the payout
 * @param gross the payments settled less the refunds paid out of them
 * @param fees what the provider kept; {@code gross - fees} must equal {@code net}
 * @param net what reached the bank (negative when the provider took money from it)
 * @param providerPaymentIds the provider's ids of the payments it settles, for the reconciliation
 *     view
 */
public record PayoutPaid(
    String businessId,
    String payoutId,
    PaymentProvider provider,
    LocalDate arrivalDate,
    String currency,
    BigDecimal gross,
    BigDecimal fees,
    BigDecimal net,
    List<String> providerPaymentIds) {

  public PayoutPaid {
    providerPaymentIds = providerPaymentIds == null ? List.of() : List.copyOf(providerPaymentIds);
  }
}
