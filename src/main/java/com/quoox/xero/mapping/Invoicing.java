package com.quoox.xero.mapping;

/** How a business's sales and refunds become documents in Xero. */
public enum Invoicing {
  /** An invoice per sale and a credit note per refund, as they happen. */
  PER_SALE,
  /**
   * For busy venues (as Square, Shopify and Lightspeed offer): after each day (the organisation's),
   * one invoice of the day's sales and one credit note of its refunds, a line per account and tax
   * type.
   */
  DAILY_SUMMARY
}
