package com.quoox.xero.mapping;

/**
 * What to do with a sale, refund or payment dated in a period the accountant has locked in Xero (on
 * or before its lock date), which Xero refuses: a back-fill, a late refund.
 */
public enum LockedPeriod {
  /** Park it with Xero's message, for the owner and the accountant to decide (the default). */
  PARK,
  /** Date it on the first day Xero has open, with its own date named on its first line. */
  FIRST_OPEN_DAY
}
