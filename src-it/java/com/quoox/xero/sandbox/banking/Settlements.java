package com.quoox.xero.sandbox.banking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.quoox.xero.sandbox.accounting.Books;
import com.quoox.xero.sandbox.accounting.ChartOfAccounts;
import com.quoox.xero.sandbox.accounting.DocumentKind;
import com.quoox.xero.sandbox.accounting.DocumentRules;
import com.quoox.xero.sandbox.http.XeroJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Allocating credit notes to invoices, paying invoices and refunding credit notes: the checks Xero
 * makes, and the updates to AmountDue, AmountPaid, AmountCredited, RemainingCredit and status that
 * follow.
 */
public final class Settlements {

  private final Books books;

  public Settlements(Books books) {
    this.books = books;
  }

  public List<String> checkAllocation(ObjectNode creditNote, JsonNode allocation) {
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
    String invoiceStatus = XeroJson.text(invoice.get(), "Status");
    if ("PAID".equals(invoiceStatus)) {
      // Xero's words (https://github.com/waynerobinson/xeroizer/issues/320).
      errors.add("The invoice you are trying to allocate to has already been paid off");
    } else if (!"AUTHORISED".equals(invoiceStatus)) {
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
      if (!"PAID".equals(invoiceStatus)
          && amount.compareTo(XeroJson.decimal(invoice.get(), "AmountDue")) > 0) {
        errors.add("Credit Note cannot be allocated as amount is greater than amount outstanding");
      }
    }
    books.lockErrors(allocation, errors);
    return errors;
  }

  public ObjectNode allocate(ObjectNode creditNote, JsonNode sent) {
    ObjectNode invoice = invoiceOf(sent).orElseThrow();
    BigDecimal amount = XeroJson.decimal(sent, "Amount").setScale(2);
    ObjectNode allocation = XeroJson.object();
    allocation.put("AllocationID", UUID.randomUUID().toString());
    allocation.put("Amount", amount);
    Books.putDate(allocation, "Date", books.dateOf(sent));
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

  /**
   * A payment settles an invoice (money received, or paid for a bill) or a credit note (a refund
   * paid out, or received from a supplier), named by its ID or number.
   */
  public List<String> checkPayment(JsonNode payment) {
    List<String> errors = new ArrayList<>();
    if (payment.hasNonNull("Invoice") && payment.hasNonNull("CreditNote")) {
      errors.add("A payment must be made against either an Invoice or a CreditNote, not both.");
    }
    DocumentKind kind = kindPaid(payment);
    Optional<ObjectNode> document = documentPaid(payment, kind);
    Optional<ChartOfAccounts.Account> account = books.account(payment.get("Account"));
    BigDecimal amount = XeroJson.decimal(payment, "Amount");
    if (document.isEmpty()) {
      errors.add(DocumentRules.capitalised(kind.words) + " could not be found.");
    } else if (!"AUTHORISED".equals(XeroJson.text(document.get(), "Status"))) {
      errors.add("Payments can only be made against AUTHORISED documents.");
    } else if (amount != null
        && amount.compareTo(XeroJson.decimal(document.get(), kind.outstandingField())) > 0) {
      errors.add("Payment amount exceeds the amount outstanding on this document");
    }
    if (account.isEmpty()) {
      errors.add("Account could not be found.");
    } else if (!account.get().canReceivePayments() || books.archived(account.get())) {
      errors.add("Payments cannot be made to this account");
    }
    if (amount == null || amount.signum() <= 0) {
      errors.add("The payment amount must be greater than zero.");
    }
    books.lockErrors(payment, errors);
    return errors;
  }

  public ObjectNode pay(JsonNode sent) {
    DocumentKind kind = kindPaid(sent);
    ObjectNode document = documentPaid(sent, kind).orElseThrow();
    ChartOfAccounts.Account account = books.account(sent.get("Account")).orElseThrow();
    BigDecimal amount = XeroJson.decimal(sent, "Amount").setScale(2);
    ObjectNode payment = XeroJson.object();
    payment.put("PaymentID", UUID.randomUUID().toString());
    Books.putDate(payment, "Date", books.dateOf(sent));
    payment.put("Amount", amount);
    payment.put("Reference", XeroJson.text(sent, "Reference"));
    payment.put("Status", "AUTHORISED");
    payment.put("PaymentType", paymentType(XeroJson.text(document, "Type")));
    ObjectNode paidInto = payment.putObject("Account").put("AccountID", account.id().toString());
    if (account.code() != null) {
      paidInto.put("Code", account.code());
    }
    payment.set(kind.element, reference(document, kind));
    Books.touch(payment);
    if (kind == DocumentKind.INVOICE) {
      document.put("AmountPaid", XeroJson.decimal(document, "AmountPaid").add(amount));
    }
    String outstanding = kind.outstandingField();
    document.put(outstanding, XeroJson.decimal(document, outstanding).subtract(amount));
    document
        .withArray("Payments")
        .addObject()
        .put("PaymentID", payment.get("PaymentID").asText())
        .put("Amount", amount)
        .put("Date", payment.get("Date").asText())
        .put("Reference", XeroJson.text(sent, "Reference"));
    if (settleIfZero(document, outstanding, "PAID")) {
      document.put("FullyPaidOnDate", payment.get("Date").asText());
    }
    books.payments.add(payment.deepCopy());
    return payment;
  }

  /** Xero's PaymentType follows the type of the document paid. */
  private static String paymentType(String documentType) {
    return switch (documentType) {
      case "ACCPAY" -> "ACCPAYPAYMENT";
      case "ACCRECCREDIT" -> "ARCREDITPAYMENT";
      case "ACCPAYCREDIT" -> "APCREDITPAYMENT";
      default -> "ACCRECPAYMENT";
    };
  }

  private static DocumentKind kindPaid(JsonNode payment) {
    return payment.hasNonNull("CreditNote") && !payment.hasNonNull("Invoice")
        ? DocumentKind.CREDIT_NOTE
        : DocumentKind.INVOICE;
  }

  private Optional<ObjectNode> documentPaid(JsonNode sent, DocumentKind kind) {
    JsonNode document = sent.get(kind.element);
    String key =
        Optional.ofNullable(XeroJson.text(document, kind.idField))
            .orElse(XeroJson.text(document, kind.numberField));
    return key == null ? Optional.empty() : books.document(kind, key);
  }

  private Optional<ObjectNode> invoiceOf(JsonNode sent) {
    return documentPaid(sent, DocumentKind.INVOICE);
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

  private static ObjectNode reference(JsonNode doc, DocumentKind kind) {
    ObjectNode ref = XeroJson.object();
    ref.put(kind.idField, doc.get(kind.idField).asText());
    ref.put(kind.numberField, doc.get(kind.numberField).asText());
    return ref;
  }
}
