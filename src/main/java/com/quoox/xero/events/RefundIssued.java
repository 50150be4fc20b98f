package com.quoox.xero.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A refund the monolith has issued against an earlier sale, fired inside the refund's transaction.
 * A refund either lists the refunded lines or, when it is a goodwill or partial amount, only the
 * amount.
 *
 * @param businessId the Quoox business
 * @param refundId the monolith's id of the refund, unique per business
 * @param refundNumber the number people see; becomes the credit note's Reference
 * @param saleId the sale being refunded; its invoice receives the credit note's allocation
 * @param issuedAt when the refund was issued
 * @param currency ISO 4217 code, the sale's currency
 * @param pricesIncludeTax whether the refunded lines' prices include tax
 * @param lines the refunded lines (quantities refunded), or empty for an amount-only refund
 * @param amount the total refunded to the customer, tax included
 * @param reason why, shown on the credit note, or {@code null}
 */
public record RefundIssued(
    String businessId,
    String refundId,
    String refundNumber,
    String saleId,
    Instant issuedAt,
    String currency,
    boolean pricesIncludeTax,
    List<SaleLine> lines,
    BigDecimal amount,
    String reason) {

  public RefundIssued {
    lines = lines == null ? List.of() : List.copyOf(lines);
  }
}
