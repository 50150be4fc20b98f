package com.quoox.xero.mapping;

import com.xero.models.accounting.LineItem;
import java.math.BigDecimal;

/**
 * One line as we send it to Xero, with the tax rate Xero will apply to it, so we can total the
 * document exactly as Xero will before sending it.
 */
record PricedLine(
    String description,
    BigDecimal quantity,
    BigDecimal unitAmount,
    BigDecimal discount,
    BigDecimal taxRate,
    AccountCoding coding) {

  static PricedLine rounding(BigDecimal difference, AccountCoding rounding) {
    return new PricedLine(
        "Rounding", BigDecimal.ONE, difference, BigDecimal.ZERO, BigDecimal.ZERO, rounding);
  }

  BigDecimal lineAmount() {
    return LineAmounts.lineAmount(quantity, unitAmount, discount);
  }

  BigDecimal tax(boolean inclusive) {
    return LineAmounts.tax(lineAmount(), taxRate, inclusive);
  }

  /**
   * The same line without a discount, named in its description ("Croissant (discount 0.10)"). Xero
   * is reported to turn a DiscountAmount into a DiscountRate rounded to 2 places, to refuse a
   * LineAmount that differs from its own sum, and credit notes take no discount at all; a line with
   * no discount has only Xero's plain arithmetic. The discount goes into the unit amount when that
   * stays exact at 4 dp, otherwise the line becomes one unit of the net amount with the quantity in
   * the description ("3 × Flat white (discount 1.00)"). Either way its amount is unchanged.
   */
  PricedLine withDiscountNetted() {
    if (discount.signum() == 0) {
      return this;
    }
    BigDecimal net = quantity.multiply(unitAmount).subtract(discount);
    BigDecimal shown = discount.setScale(Math.max(2, discount.stripTrailingZeros().scale()));
    String discounted = description + " (discount " + shown.toPlainString() + ")";
    BigDecimal exactUnit = exactQuotient(net, quantity);
    if (exactUnit != null) {
      return new PricedLine(discounted, quantity, exactUnit, BigDecimal.ZERO, taxRate, coding);
    }
    String counted = quantity.stripTrailingZeros().toPlainString() + " × " + discounted;
    return new PricedLine(
        counted, BigDecimal.ONE, LineAmounts.round(net), BigDecimal.ZERO, taxRate, coding);
  }

  /**
   * Our own LineAmount goes with the line as a guard: Xero checks it against its own arithmetic,
   * which on a line without a discount is the same as ours, so it refuses only a line we got wrong.
   */
  LineItem toLineItem() {
    return new LineItem()
        .description(description)
        .quantity(SdkNumber.of(quantity))
        .unitAmount(SdkNumber.of(unitAmount))
        .lineAmount(SdkNumber.of(lineAmount()))
        .accountCode(coding.accountCode())
        .taxType(coding.taxType());
  }

  private static BigDecimal exactQuotient(BigDecimal dividend, BigDecimal divisor) {
    if (divisor.signum() == 0) {
      return null;
    }
    try {
      BigDecimal quotient = dividend.divide(divisor).stripTrailingZeros();
      return quotient.scale() <= LineAmounts.UNIT_SCALE ? quotient : null;
    } catch (ArithmeticException nonTerminating) {
      return null;
    }
  }
}
