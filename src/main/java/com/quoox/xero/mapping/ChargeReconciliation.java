package com.quoox.xero.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a document's Xero total equal what the customer was charged. Xero rounds tax per line while
 * a till often rounds it once per basket; the cents between the two go on a rounding line with a 0
 * % tax type (DESIGN §4), mapped to the business's rounding account.
 */
final class ChargeReconciliation {

  /** Per-line rounding can move a total by at most half a cent per line, so a cent is generous. */
  private static final BigDecimal CENT_PER_LINE = new BigDecimal("0.01");

  private ChargeReconciliation() {}

  /**
   * The lines, plus a rounding line when their Xero total differs from {@code charged}.
   *
   * @param chargedAs how the message names the charge, e.g. "Sale S-1001 was charged 12.34"
   */
  static List<PricedLine> reconcile(
      List<PricedLine> lines,
      boolean inclusive,
      BigDecimal charged,
      AccountCoding rounding,
      String chargedAs) {
    BigDecimal xeroTotal = LineAmounts.total(lines, inclusive);
    BigDecimal difference = charged.subtract(xeroTotal);
    if (difference.signum() == 0) {
      return List.copyOf(lines);
    }
    BigDecimal explainable = CENT_PER_LINE.multiply(BigDecimal.valueOf(lines.size()));
    if (difference.abs().compareTo(explainable) > 0) {
      throw new MappingException(
          chargedAs
              + " but its lines add up to "
              + xeroTotal.toPlainString()
              + " in Xero; the difference "
              + difference.abs().toPlainString()
              + " is more than rounding.");
    }
    List<PricedLine> reconciled = new ArrayList<>(lines);
    reconciled.add(PricedLine.rounding(difference, rounding));
    return List.copyOf(reconciled);
  }

  /** The charge at cent scale, refusing amounts Xero cannot hold. */
  static BigDecimal chargedAmount(BigDecimal amount, String subject, String what) {
    if (amount == null) {
      throw new MappingException(subject + " has no " + what + ".");
    }
    if (amount.signum() < 0) {
      throw new MappingException(
          subject + " has a negative " + what + " (" + amount.toPlainString() + ").");
    }
    if (amount.stripTrailingZeros().scale() > LineAmounts.MONEY_SCALE) {
      throw new MappingException(
          subject
              + " has a "
              + what
              + " of "
              + amount.toPlainString()
              + ", which has more than 2 decimal places.");
    }
    return amount.setScale(LineAmounts.MONEY_SCALE);
  }
}
