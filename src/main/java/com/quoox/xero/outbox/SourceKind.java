package com.quoox.xero.outbox;

/** What in Quoox an outbox entry stands for, and so which Xero document it becomes. */
public enum SourceKind {
  /** A completed sale: becomes an invoice. */
  SALE,
  /** An issued refund: becomes a credit note allocated to the sale's invoice. */
  REFUND
}
