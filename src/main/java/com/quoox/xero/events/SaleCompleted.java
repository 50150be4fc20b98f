package com.quoox.xero.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A sale the monolith has completed, fired inside the sale's own transaction.
 *
 * @param businessId the Quoox business (tenant) that made the sale
 * @param saleId the monolith's id of the sale, unique per business: the idempotency anchor
 * @param saleNumber the number people see on the receipt; becomes the invoice's Reference
 * @param completedAt when the sale completed; its date (in UTC) becomes the invoice date
 * @param currency ISO 4217 code, e.g. GBP
 * @param customer who bought, or {@code null} for a walk-in sale
 * @param pricesIncludeTax whether unit prices, discounts and shipping include tax
 * @param lines what was sold, at least one
 * @param shipping shipping charged, or {@code null} for none
 * @param totalCharged the amount the customer was charged, tax included; the invoice total in Xero
 *     must equal it to the cent
 * @param payments how it was paid (may be empty for a sale on account)
 * @param saleUrl link back to the sale in Quoox, or {@code null}
 */
public record SaleCompleted(
    String businessId,
    String saleId,
    String saleNumber,
    Instant completedAt,
    String currency,
    Customer customer,
    boolean pricesIncludeTax,
    List<SaleLine> lines,
    Shipping shipping,
    BigDecimal totalCharged,
    List<Payment> payments,
    String saleUrl) {

  public SaleCompleted {
    lines = lines == null ? List.of() : List.copyOf(lines);
    payments = payments == null ? List.of() : List.copyOf(payments);
  }
}
