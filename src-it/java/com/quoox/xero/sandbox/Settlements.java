package com.quoox.xero.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Allocating credit notes to invoices and paying invoices: the checks Xero makes, and the updates
 * to AmountDue, AmountPaid, AmountCredited, RemainingCredit and status that follow.
 */
final class Settlements {

  private final Books books;

  Settlements(Books books) {
    this.books = books;
  }

  List<String> checkAllocation(ObjectNode creditNote, JsonNode allocation) {
    List<String> errors = new ArrayList<>();
    BigDecimal amount = XeroJson.decimal(allocation, "Amount");
    Optional<ObjectNode> invoice = invoiceOf(allocation);
    if (!"AUTHORISED".equals(XeroJson.text(creditNote, "Status"))) {
      errors.add("Only AUTHORISED credit notes can be allocated.");
    }
    if (invoice.isEmpty()) {
      errors.add("Invoice could not be found.");
      return errors;
    }
    if (!"AUTHORISED".equals(XeroJson.text(invoice.get(), "Status"))) {
      errors.add("The invoice must be AUTHORISED before a credit note can be allocated to it.");
    }
    if (!contactId(creditNote).equals(contactId(invoice.get()))) {
      errors.add("The credit note and the invoice must belong to the same contact.");
    }
    if (amount == null || amount.signum() <= 0) {
      errors.add("The amount allocated must be greater than zero.");
    } else {
      if (amount.compareTo(XeroJson.decimal(creditNote, "RemainingCredit")) > 0) {
        errors.add("The amount allocated exceeds the remaining credit on the credit note.");
      }
      if (amount.compareTo(XeroJson.decimal(invoice.get(), "AmountDue")) > 0) {
        errors.add("The amount allocated exceeds the amount due on the invoice.");
      }
    }
    return errors;
  }

  ObjectNode allocate(ObjectNode creditNote, JsonNode sent) {
    ObjectNode invoice = invoiceOf(sent).orElseThrow();
    BigDecimal amount = XeroJson.decimal(sent, "Amount").setScale(2);
    ObjectNode allocation = XeroJson.object();
    allocation.put("AllocationID", UUID.randomUUID().toString());
    allocation.put("Amount", amount);
    Books.putDate(allocation, "Date", dateOf(sent));
    allocation.set("Invoice", reference(invoice, DocumentKind.INVOICE));
    allocation.set("CreditNote", reference(creditNote, DocumentKind.CREDIT_NOTE));
    allocation.put("IsDeleted", false);
    creditNote.put(
        "RemainingCredit", XeroJson.decimal(creditNote, "RemainingCredit").subtract(amount));
    creditNote.withArray("Allocations").add(allocation.deepCopy());
    settleIfZero(creditNote, "RemainingCredit", "PAID");
    invoice.put("AmountCredited", XeroJson.decimal(invoice, "AmountCredited").add(amount));
    invoice.put("AmountDue", XeroJson.decimal(invoice, "AmountDue").subtract(amount));
    invoice
        .withArray("CreditNotes")
        .add(reference(creditNote, DocumentKind.CREDIT_NOTE).put("AppliedAmount", amount));
    settleIfZero(invoice, "AmountDue", "PAID");
    books.allocations.add(allocation.deepCopy());
    return allocation;
  }

  List<String> checkPayment(JsonNode payment) {
    List<String> errors = new ArrayList<>();
    Optional<ObjectNode> invoice = invoiceOf(payment);
    Optional<ChartOfAccounts.Account> account = accountOf(payment.get("Account"));
    BigDecimal amount = XeroJson.decimal(payment, "Amount");
    if (invoice.isEmpty()) {
      errors.add("Invoice could not be found.");
    } else if (!"AUTHORISED".equals(XeroJson.text(invoice.get(), "Status"))) {
      errors.add("Payments can only be made against AUTHORISED documents.");
    } else if (amount != null
        && amount.compareTo(XeroJson.decimal(invoice.get(), "AmountDue")) > 0) {
      errors.add("Payment amount exceeds the amount outstanding on this document");
    }
    if (account.isEmpty()) {
      errors.add("Account could not be found.");
    } else if (!account.get().canReceivePayments() || account.get().archived()) {
      errors.add("Payments cannot be made to this account");
    }
    if (amount == null || amount.signum() <= 0) {
      errors.add("The payment amount must be greater than zero.");
    }
    return errors;
  }

  ObjectNode pay(JsonNode sent) {
    ObjectNode invoice = invoiceOf(sent).orElseThrow();
    ChartOfAccounts.Account account = accountOf(sent.get("Account")).orElseThrow();
    BigDecimal amount = XeroJson.decimal(sent, "Amount").setScale(2);
    ObjectNode payment = XeroJson.object();
    payment.put("PaymentID", UUID.randomUUID().toString());
    Books.putDate(payment, "Date", dateOf(sent));
    payment.put("Amount", amount);
    payment.put("Reference", XeroJson.text(sent, "Reference"));
    payment.put("Status", "AUTHORISED");
    payment.put("PaymentType", "ACCRECPAYMENT");
    payment
        .putObject("Account")
        .put("AccountID", account.id().toString())
        .put("Code", account.code());
    payment.set("Invoice", reference(invoice, DocumentKind.INVOICE));
    Books.touch(payment);
    invoice.put("AmountPaid", XeroJson.decimal(invoice, "AmountPaid").add(amount));
    invoice.put("AmountDue", XeroJson.decimal(invoice, "AmountDue").subtract(amount));
    invoice
        .withArray("Payments")
        .addObject()
        .put("PaymentID", payment.get("PaymentID").asText())
        .put("Amount", amount)
        .put("Date", payment.get("Date").asText());
    if (settleIfZero(invoice, "AmountDue", "PAID")) {
      invoice.put("FullyPaidOnDate", payment.get("Date").asText());
    }
    books.payments.add(payment.deepCopy());
    return payment;
  }

  private Optional<ObjectNode> invoiceOf(JsonNode sent) {
    JsonNode invoice = sent.get("Invoice");
    String key =
        Optional.ofNullable(XeroJson.text(invoice, "InvoiceID"))
            .orElse(XeroJson.text(invoice, "InvoiceNumber"));
    return key == null ? Optional.empty() : books.document(DocumentKind.INVOICE, key);
  }

  private static Optional<ChartOfAccounts.Account> accountOf(JsonNode account) {
    String code = XeroJson.text(account, "Code");
    if (code != null) {
      return ChartOfAccounts.account(code);
    }
    String id = XeroJson.text(account, "AccountID");
    try {
      return id == null ? Optional.empty() : ChartOfAccounts.account(UUID.fromString(id));
    } catch (IllegalArgumentException notAUuid) {
      return Optional.empty();
    }
  }

  private static boolean settleIfZero(ObjectNode doc, String field, String status) {
    Books.touch(doc);
    if (XeroJson.decimal(doc, field).signum() == 0) {
      doc.put("Status", status);
      return true;
    }
    return false;
  }

  private static String contactId(JsonNode doc) {
    return doc.get("Contact").get("ContactID").asText();
  }

  private static LocalDate dateOf(JsonNode sent) {
    return sent.hasNonNull("Date")
        ? XeroJson.parseDate(sent.get("Date").asText())
        : LocalDate.now(ZoneOffset.UTC);
  }

  private static ObjectNode reference(JsonNode doc, DocumentKind kind) {
    ObjectNode ref = XeroJson.object();
    ref.put(kind.idField, doc.get(kind.idField).asText());
    ref.put(kind.numberField, doc.get(kind.numberField).asText());
    return ref;
  }
}
