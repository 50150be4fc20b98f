package com.quoox.xero.mapping;

import com.quoox.xero.events.SaleLine;
import com.quoox.xero.events.Shipping;
import java.math.BigDecimal;

/**
 * Checks a sale or refund line against what Xero accepts and prices it. Each refusal names the
 * document and the line, so the business owner knows what to correct.
 */
final class SaleLineRules {

  private SaleLineRules() {}

  static PricedLine priced(SaleLine line, int number, String subject, BusinessCoding coding) {
    String where = subject + ", line " + number + " (" + describe(line) + ")";
    BigDecimal quantity = present(line.quantity(), where, "quantity");
    BigDecimal unitPrice = present(line.unitPrice(), where, "unit price");
    BigDecimal taxRate = present(line.taxRate(), where, "tax rate");
    atMostFourDecimals(quantity, where, "quantity");
    atMostFourDecimals(unitPrice, where, "unit price");
    atMostFourDecimals(line.discount(), where, "discount");
    notNegative(quantity, where, "quantity");
    notNegative(line.discount(), where, "discount");
    notNegative(taxRate, where, "tax rate");
    BigDecimal gross = quantity.multiply(unitPrice);
    if (line.discount().signum() > 0 && line.discount().compareTo(gross) > 0) {
      // Xero: "Discount must not be greater than the line total."
      throw new MappingException(
          where
              + ": the discount "
              + plain(line.discount())
              + " is larger than the line ("
              + plain(LineAmounts.round(gross))
              + ").");
    }
    AccountCoding account = coding.codingFor(line.category());
    return new PricedLine(describe(line), quantity, unitPrice, line.discount(), taxRate, account)
        .withDiscountNetted();
  }

  /** The shipping line, or {@code null} when nothing was charged for shipping. */
  static PricedLine shipping(Shipping shipping, String subject, BusinessCoding coding) {
    if (shipping == null || shipping.amount() == null || shipping.amount().signum() == 0) {
      return null;
    }
    String where = subject + ", shipping";
    BigDecimal taxRate = present(shipping.taxRate(), where, "tax rate");
    atMostFourDecimals(shipping.amount(), where, "amount");
    notNegative(shipping.amount(), where, "amount");
    notNegative(taxRate, where, "tax rate");
    return new PricedLine(
        "Shipping", BigDecimal.ONE, shipping.amount(), BigDecimal.ZERO, taxRate, coding.shipping());
  }

  /**
   * The line's description with the Quoox item code in brackets. The code is not sent as Xero's
   * ItemCode because Xero rejects codes that are not set up as Xero Items.
   */
  static String describe(SaleLine line) {
    String text = blank(line.description()) ? null : line.description().strip();
    String code = blank(line.itemCode()) ? null : line.itemCode().strip();
    if (text == null) {
      return code != null ? code : blank(line.category()) ? "Item" : line.category().strip();
    }
    return code == null ? text : text + " (" + code + ")";
  }

  static String plain(BigDecimal amount) {
    return amount.toPlainString();
  }

  private static BigDecimal present(BigDecimal value, String where, String what) {
    if (value == null) {
      throw new MappingException(where + " has no " + what + ".");
    }
    return value;
  }

  private static void atMostFourDecimals(BigDecimal value, String where, String what) {
    if (value.stripTrailingZeros().scale() > LineAmounts.UNIT_SCALE) {
      throw new MappingException(
          where
              + ": the "
              + what
              + " "
              + plain(value)
              + " has more than 4 decimal places; Xero accepts at most 4.");
    }
  }

  private static void notNegative(BigDecimal value, String where, String what) {
    if (value.signum() < 0) {
      throw new MappingException(where + ": the " + what + " " + plain(value) + " is negative.");
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
