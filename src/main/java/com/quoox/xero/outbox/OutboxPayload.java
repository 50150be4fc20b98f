package com.quoox.xero.outbox;

import com.quoox.xero.events.SaleCompleted;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * Turns events into the JSON an outbox entry keeps and back. JSON-B keeps BigDecimal amounts as
 * written (scale included), so the dispatcher maps exactly what the sale said.
 */
public final class OutboxPayload {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private OutboxPayload() {}

  public static String write(Object event) {
    return JSONB.toJson(event);
  }

  public static <T> T read(String payload, Class<T> type) {
    return JSONB.fromJson(payload, type);
  }

  /**
   * The sale of a SALE entry as its invoice goes to Xero: the event as recorded, numbered as {@link
   * OutboxEntry#numberAsSent} says (a sale sent again after Xero voided its invoice carries a
   * suffix, so the new invoice's Reference is its own).
   */
  public static SaleCompleted saleAsSent(OutboxEntry entry) {
    SaleCompleted sale = read(entry.getPayload(), SaleCompleted.class);
    if (entry.getSentAgain() == 0) {
      return sale;
    }
    return new SaleCompleted(
        sale.businessId(),
        sale.saleId(),
        entry.numberAsSent(sale.saleNumber()),
        sale.completedAt(),
        sale.currency(),
        sale.customer(),
        sale.pricesIncludeTax(),
        sale.lines(),
        sale.shipping(),
        sale.totalCharged(),
        sale.payments(),
        sale.saleUrl());
  }
}
