package com.quoox.xero.mapping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Xero's arithmetic: line amounts and tax rounded to 2 dp per line, half away from zero, and the
 * document total built from them. We compute it the way Xero does so the total Xero shows equals
 * the charge (https://developer.xero.com/documentation/api/accounting/types#line-amount-types).
 */
public final class LineAmounts {

  /** Xero stores every amount to 2 dp whatever the currency. */
  public static final int MONEY_SCALE = 2;

  /** Xero accepts unit prices and quantities to 4 dp when the request carries unitdp=4. */
  public static final int UNIT_SCALE = 4;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  // Enough digits that rounding the quotient first cannot move it across a half cent: the numerator
  // has at most a few decimals and the divisor is below 1000, so a quotient that is not exactly on
  // a half cent stays at least 1e-8 away from it.
  private static final int QUOTIENT_SCALE = 12;

  private LineAmounts() {}

  /** Rounds to cents, half away from zero, as Xero does. */
  public static BigDecimal round(BigDecimal amount) {
    return amount.setScale(MONEY_SCALE, RoundingMode.HALF_UP);
  }

  /** Quantity × unit amount − discount, rounded to cents (Xero's LineAmount). */
  public static BigDecimal lineAmount(
      BigDecimal quantity, BigDecimal unitAmount, BigDecimal discount) {
    return round(quantity.multiply(unitAmount).subtract(discount));
  }

  /**
   * The tax Xero puts on one line, rounded per line: {@code amount × rate/100} on exclusive lines,
   * {@code amount × rate/(100 + rate)} on inclusive ones (the tax already inside the amount).
   */
  public static BigDecimal tax(BigDecimal lineAmount, BigDecimal ratePercent, boolean inclusive) {
    BigDecimal divisor = inclusive ? HUNDRED.add(ratePercent) : HUNDRED;
    return round(
        lineAmount.multiply(ratePercent).divide(divisor, QUOTIENT_SCALE, RoundingMode.HALF_UP));
  }

  /** The document total: Σ line amounts, plus Σ per-line tax when amounts exclude tax. */
  static BigDecimal total(List<PricedLine> lines, boolean inclusive) {
    BigDecimal total = BigDecimal.ZERO.setScale(MONEY_SCALE);
    for (PricedLine line : lines) {
      total = total.add(line.lineAmount());
      if (!inclusive) {
        total = total.add(line.tax(false));
      }
    }
    return total;
  }
}
