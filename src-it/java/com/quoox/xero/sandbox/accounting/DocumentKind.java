package com.quoox.xero.sandbox.accounting;

import java.util.Set;

/**
 * Invoices and credit notes share Xero's line and totals rules; this names what differs between
 * them.
 */
public enum DocumentKind {
  INVOICE(
      "Invoices",
      "Invoice",
      "InvoiceID",
      "InvoiceNumber",
      "INV-",
      Set.of("ACCREC", "ACCPAY"),
      "invoice"),
  CREDIT_NOTE(
      "CreditNotes",
      "CreditNote",
      "CreditNoteID",
      "CreditNoteNumber",
      "CN-",
      Set.of("ACCRECCREDIT", "ACCPAYCREDIT"),
      "credit note");

  public final String collection;

  /** How a payment or allocation names the document it settles, e.g. {@code "CreditNote"}. */
  public final String element;

  public final String idField;
  public final String numberField;
  public final String numberPrefix;
  public final Set<String> types;
  public final String words;

  DocumentKind(
      String collection,
      String element,
      String idField,
      String numberField,
      String numberPrefix,
      Set<String> types,
      String words) {
    this.collection = collection;
    this.element = element;
    this.idField = idField;
    this.numberField = numberField;
    this.numberPrefix = numberPrefix;
    this.types = types;
    this.words = words;
  }

  /** What is left to settle: an invoice's AmountDue, a credit note's RemainingCredit. */
  public String outstandingField() {
    return this == INVOICE ? "AmountDue" : "RemainingCredit";
  }

  /** Sales documents (ACCREC, ACCRECCREDIT) may only use tax rates that apply to revenue. */
  public static boolean isSales(String type) {
    return type != null && type.startsWith("ACCREC");
  }
}
