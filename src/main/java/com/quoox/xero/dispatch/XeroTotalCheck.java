package com.quoox.xero.dispatch;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Compares the total Xero computed with the amount charged. They match unless a mapped tax type's
 * rate differs from the rate Quoox charged; then the sync log says so, for the accountant.
 */
final class XeroTotalCheck {

  private XeroTotalCheck() {}

  /** Null when they agree, else a warning naming both amounts. */
  static String warning(String document, BigDecimal charged, Double xeroTotal) {
    if (xeroTotal == null) {
      return null;
    }
    BigDecimal inXero = BigDecimal.valueOf(xeroTotal).setScale(2, RoundingMode.HALF_UP);
    if (inXero.compareTo(charged) == 0) {
      return null;
    }
    return document
        + " total in Xero is "
        + inXero.toPlainString()
        + " but "
        + charged.toPlainString()
        + " was charged: check that the mapped tax types have the rates Quoox charges";
  }
}
