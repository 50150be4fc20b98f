package com.quoox.xero.mapping;

import com.xero.models.accounting.CreditNote;
import com.xero.models.accounting.Invoice;

/**
 * The status new invoices and credit notes get in Xero. AUTHORISED is the default because Xero only
 * accepts payments and allocations against authorised documents.
 */
public enum DocumentStatus {
  DRAFT,
  SUBMITTED,
  AUTHORISED;

  public Invoice.StatusEnum invoiceStatus() {
    return Invoice.StatusEnum.valueOf(name());
  }

  public CreditNote.StatusEnum creditNoteStatus() {
    return CreditNote.StatusEnum.valueOf(name());
  }
}
