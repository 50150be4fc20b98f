package com.quoox.xero.outbox;

/** What an accountant did in Xero to a document the module sent, as Xero's webhooks told it. */
public enum XeroChange {
  /** Paid in full in Xero; the entry keeps the amount paid. */
  PAID,
  /** Voided in Xero: it no longer counts in the books. */
  VOIDED,
  /** Deleted in Xero (a draft or submitted document). */
  DELETED,
  /** Its total in Xero differs from what was sent; the entry keeps the new total. */
  EDITED;

  /** The sale is not in the books any more: a person chooses to send it again or leave it. */
  public boolean removedFromBooks() {
    return this == VOIDED || this == DELETED;
  }
}
