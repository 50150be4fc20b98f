package com.quoox.xero.sandbox.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.quoox.xero.sandbox.http.XeroJson;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Xero's arithmetic for a document, written independently of the module: each line rounds to 2 dp,
 * a DiscountAmount becomes a DiscountRate of 2 dp first, tax is computed and rounded per line from
 * the line's tax rate, and the totals are sums of the rounded lines
 * (https://developer.xero.com/documentation/api-guides/rounding-in-xero).
 */
public final class DocumentTotals {

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private DocumentTotals() {}

  /**
   * Quantity × UnitAmount less the line's discount rate (see {@link #discountRate}), rounded
   * half-up to 2 dp.
   */
  public static BigDecimal expectedLineAmount(JsonNode line) {
    BigDecimal quantity = quantity(line);
    BigDecimal unit = XeroJson.decimal(line, "UnitAmount");
    if (unit == null) {
      // Xero accepts a LineAmount alone and treats it as one unit at that price.
      BigDecimal given = XeroJson.decimal(line, "LineAmount");
      return given == null ? BigDecimal.ZERO.setScale(2) : given.setScale(2, RoundingMode.HALF_UP);
    }
    BigDecimal gross = quantity.multiply(unit);
    BigDecimal rate = discountRate(line);
    if (rate != null) {
      gross = gross.multiply(HUNDRED.subtract(rate)).divide(HUNDRED);
    }
    return gross.setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * The line's DiscountRate; a DiscountAmount is stored as the rate it makes of Quantity ×
   * UnitAmount, rounded to 2 dp, so the line amount may differ from the amount less the discount
   * (https://github.com/XeroAPI/xero-node/issues/592). A DiscountRate sent too wins
   * (https://github.com/waynerobinson/xeroizer/pull/483). Null without a discount.
   */
  public static BigDecimal discountRate(JsonNode line) {
    BigDecimal rate = XeroJson.decimal(line, "DiscountRate");
    BigDecimal amount = XeroJson.decimal(line, "DiscountAmount");
    BigDecimal unit = XeroJson.decimal(line, "UnitAmount");
    if (rate != null || amount == null || unit == null) {
      return rate;
    }
    BigDecimal gross = quantity(line).multiply(unit);
    return gross.signum() == 0
        ? BigDecimal.ZERO.setScale(2)
        : amount.multiply(HUNDRED).divide(gross, 2, RoundingMode.HALF_UP);
  }

  public static BigDecimal quantity(JsonNode line) {
    BigDecimal quantity = XeroJson.decimal(line, "Quantity");
    return quantity == null ? BigDecimal.ONE : quantity;
  }

  /** Tax on one line: Exclusive adds rate %, Inclusive extracts rate/(100+rate), NoTax is zero. */
  public static BigDecimal lineTax(BigDecimal lineAmount, BigDecimal rate, String lineAmountTypes) {
    BigDecimal tax =
        switch (lineAmountTypes) {
          case "Inclusive" ->
              lineAmount.multiply(rate).divide(HUNDRED.add(rate), 10, RoundingMode.HALF_UP);
          case "NoTax" -> BigDecimal.ZERO;
          default -> lineAmount.multiply(rate).divide(HUNDRED);
        };
    return tax.setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * Writes LineAmount and TaxAmount on every line and SubTotal, TotalTax and Total on the document.
   * Lines must already carry a known TaxType.
   */
  public static void apply(ObjectNode document) {
    String types = XeroJson.text(document, "LineAmountTypes");
    BigDecimal lines = BigDecimal.ZERO.setScale(2);
    BigDecimal taxes = BigDecimal.ZERO.setScale(2);
    for (JsonNode node : document.withArray("LineItems")) {
      ObjectNode line = (ObjectNode) node;
      BigDecimal lineAmount = expectedLineAmount(line);
      BigDecimal rate =
          ChartOfAccounts.taxRate(XeroJson.text(line, "TaxType"))
              .map(ChartOfAccounts.TaxRate::rate)
              .orElse(BigDecimal.ZERO);
      BigDecimal tax = lineTax(lineAmount, rate, types);
      BigDecimal discountRate = discountRate(line);
      if (discountRate != null) {
        line.put("DiscountRate", discountRate);
      }
      line.put("LineAmount", lineAmount);
      line.put("TaxAmount", tax);
      lines = lines.add(lineAmount);
      taxes = taxes.add(tax);
    }
    boolean inclusive = "Inclusive".equals(types);
    document.put("SubTotal", inclusive ? lines.subtract(taxes) : lines);
    document.put("TotalTax", taxes);
    document.put("Total", inclusive ? lines : lines.add(taxes));
  }
}
