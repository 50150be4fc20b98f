package com.quoox.xero.sandbox;

import java.util.Set;

/**
 * Invoices and credit notes share Xero's line and totals rules; this names what differs between
 * them.
 */
enum DocumentKind {
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

  final String collection;

  /** How a payment or allocation names the document it settles, e.g. {@code "CreditNote"}. */
  final String element;

  final String idField;
  final String numberField;
  final String numberPrefix;
  final Set<String> types;
  final String words;

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
  String outstandingField() {
    return this == INVOICE ? "AmountDue" : "RemainingCredit";
  }

  /** Sales documents (ACCREC, ACCRECCREDIT) may only use tax rates that apply to revenue. */
  static boolean isSales(String type) {
    return type != null && type.startsWith("ACCREC");
  }
}
