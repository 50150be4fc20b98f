package com.quoox.xero.events;

import java.math.BigDecimal;

/**
 * One line of a sale or of a refund.
 *
 * @param itemCode the item's code in Quoox, or {@code null}
 * @param description what people read on the invoice
 * @param category the item category; the business maps each category to a Xero account and tax type
 * @param quantity how many, up to 4 decimal places (e.g. 0.333 kg)
 * @param unitPrice price of one unit, up to 4 decimal places, with or without tax as the sale says
 * @param discount money taken off this line (not per unit), zero or positive, same tax basis as the
 *     unit price
 * @param taxCode the tax code Quoox applied, for the record
 * @param taxRate the tax rate in percent, e.g. 20.00 for 20 %
 */
public record SaleLine(
    String itemCode,
    String description,
    String category,
    BigDecimal quantity,
    BigDecimal unitPrice,
    BigDecimal discount,
    String taxCode,
    BigDecimal taxRate) {

  public SaleLine {
    discount = discount == null ? BigDecimal.ZERO : discount;
  }
}
