package com.quoox.xero.sandbox.banking;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.quoox.xero.sandbox.accounting.Books;
import com.quoox.xero.sandbox.accounting.DocumentRules;
import com.quoox.xero.sandbox.accounting.DocumentTotals;
import com.quoox.xero.sandbox.accounting.LineRules;
import com.quoox.xero.sandbox.http.XeroJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Spend Money and Receive Money: bank transactions that take money out of or put it into a bank
 * account without an invoice, such as the fees Stripe keeps from a payout. Xero checks and totals
 * their lines as it does an invoice's.
 */
public final class SpendAndReceive {

  private static final List<String> TYPES = List.of("RECEIVE", "SPEND");
  private static final List<String> FIELDS =
      List.of(
          "Type",
          "Date",
          "Reference",
          "Url",
          "LineAmountTypes",
          "CurrencyCode",
          "Status",
          "IsReconciled");

  private final Books books;

  public SpendAndReceive(Books books) {
    this.books = books;
  }

  /** The sent element reduced to the fields Xero reads, with Xero's defaults filled in. */
  public static ObjectNode prepare(ObjectNode sent) {
    ObjectNode transaction = XeroJson.object();
    FIELDS.forEach(field -> Books.copy(sent, transaction, field));
    for (String reference : List.of("Contact", "BankAccount")) {
      transaction.set(
          reference,
          sent.hasNonNull(reference) ? sent.get(reference).deepCopy() : XeroJson.object());
    }
    Books.putDefault(transaction, "Status", "AUTHORISED");
    Books.putDefault(transaction, "LineAmountTypes", "Exclusive");
    Books.putDefault(transaction, "CurrencyCode", "GBP");
    Books.prepareLines(sent, transaction);
    return transaction;
  }

  /** Xero's validation messages for a prepared bank transaction, empty if valid. */
  public List<String> check(ObjectNode prepared, int unitdp) {
    List<String> errors = new ArrayList<>();
    String type = XeroJson.text(prepared, "Type");
    if (!TYPES.contains(type)) {
      errors.add("The bank transaction Type must be one of " + TYPES + ".");
    }
    if (!"AUTHORISED".equals(XeroJson.text(prepared, "Status"))) {
      errors.add("Bank transaction not of valid status for creation");
    }
    String currency = XeroJson.text(prepared, "CurrencyCode");
    if (!"GBP".equals(currency)) {
      errors.add("Organisation is not subscribed to currency " + currency);
    }
    BankAccounts.check(prepared.get("BankAccount"), "BankAccount", books, errors);
    DocumentRules.contactErrors(prepared.get("Contact"), books, errors);
    // Money received is income, so (as on a sales invoice) only revenue tax rates apply.
    LineRules.Owner owner =
        new LineRules.Owner(
            "bank transaction",
            "RECEIVE".equals(type),
            true,
            false,
            unitdp,
            books.checkLineAmounts);
    LineRules.check(prepared.get("LineItems"), owner, books, errors);
    books.lockErrors(prepared, errors);
    if (errors.isEmpty()) {
      ObjectNode totalled = prepared.deepCopy();
      DocumentTotals.apply(totalled);
      if (XeroJson.decimal(totalled, "Total").signum() < 0) {
        errors.add("The bank transaction total cannot be negative.");
      }
    }
    return errors;
  }

  /** Stores a prepared, checked bank transaction and returns what Xero answers for it. */
  public ObjectNode record(ObjectNode prepared) {
    ObjectNode transaction = prepared.deepCopy();
    transaction.put("BankTransactionID", UUID.randomUUID().toString());
    transaction.set("BankAccount", BankAccounts.summary(prepared.get("BankAccount"), books));
    transaction.set(
        "Contact", Books.contactSummary(books.findOrCreateContact(prepared.get("Contact"))));
    Books.putDate(transaction, "Date", books.dateOf(prepared));
    Books.totalLines(transaction);
    transaction.put("CurrencyRate", BigDecimal.ONE);
    if (!transaction.hasNonNull("IsReconciled")) {
      transaction.put("IsReconciled", false);
    }
    transaction.put("HasAttachments", false);
    Books.touch(transaction);
    books.bankTransactions.add(transaction);
    return Books.answer(transaction);
  }
}
