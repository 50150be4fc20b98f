package com.quoox.xero.sandbox.banking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.quoox.xero.sandbox.accounting.Books;
import com.quoox.xero.sandbox.accounting.ChartOfAccounts;
import com.quoox.xero.sandbox.http.XeroJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Transfer Money between two bank accounts, such as a Stripe payout from the Stripe clearing bank
 * account to the business's bank account. Xero books a transfer as a pair of bank transactions and
 * answers their IDs.
 */
public final class Transfers {

  private final Books books;

  public Transfers(Books books) {
    this.books = books;
  }

  /** Xero's validation messages for a sent bank transfer, empty if valid. */
  public List<String> check(JsonNode sent) {
    List<String> errors = new ArrayList<>();
    BankAccounts.check(sent.get("FromBankAccount"), "FromBankAccount", books, errors);
    BankAccounts.check(sent.get("ToBankAccount"), "ToBankAccount", books, errors);
    Optional<ChartOfAccounts.Account> from = books.account(sent.get("FromBankAccount"));
    if (from.isPresent() && from.equals(books.account(sent.get("ToBankAccount")))) {
      errors.add("The FromBankAccount and ToBankAccount must be different bank accounts.");
    }
    BigDecimal amount = XeroJson.decimal(sent, "Amount");
    if (amount == null || amount.signum() <= 0) {
      errors.add("The transfer amount must be greater than zero.");
    }
    books.lockErrors(sent, errors);
    return errors;
  }

  /** Stores a checked bank transfer and returns what Xero answers for it. */
  public ObjectNode record(JsonNode sent) {
    ObjectNode transfer = XeroJson.object();
    transfer.put("BankTransferID", UUID.randomUUID().toString());
    transfer.put("CreatedDateUTC", XeroJson.msDate(Instant.now()));
    Books.putDate(transfer, "Date", books.dateOf(sent));
    transfer.put("Status", "AUTHORISED");
    transfer.set("FromBankAccount", BankAccounts.summary(sent.get("FromBankAccount"), books));
    transfer.set("ToBankAccount", BankAccounts.summary(sent.get("ToBankAccount"), books));
    transfer.put("Amount", XeroJson.decimal(sent, "Amount").setScale(2, RoundingMode.HALF_UP));
    transfer.put("FromBankTransactionID", UUID.randomUUID().toString());
    transfer.put("ToBankTransactionID", UUID.randomUUID().toString());
    transfer.put("FromIsReconciled", sent.path("FromIsReconciled").asBoolean(false));
    transfer.put("ToIsReconciled", sent.path("ToIsReconciled").asBoolean(false));
    Books.copy(sent, transfer, "Reference");
    transfer.put("CurrencyRate", BigDecimal.ONE);
    transfer.put("HasAttachments", false);
    books.bankTransfers.add(transfer);
    return Books.answer(transfer);
  }
}
