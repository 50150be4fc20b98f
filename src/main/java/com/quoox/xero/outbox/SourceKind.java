package com.quoox.xero.outbox;

/** What in Quoox an outbox entry stands for, and so which Xero document it becomes. */
public enum SourceKind {
  /** A completed sale: becomes an invoice. */
  SALE,
  /** An issued refund: becomes a credit note allocated to the sale's invoice. */
  REFUND,
  /** Money received for a sale: a payment on its invoice into the provider's clearing account. */
  PAYMENT,
  /** Money paid back for a refund: a payment on its credit note out of the clearing account. */
  REFUND_PAYMENT,
  /** A provider's payout: its fees spent and its net transferred from clearing to the bank. */
  PAYOUT
}
