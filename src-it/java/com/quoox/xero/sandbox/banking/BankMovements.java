package com.quoox.xero.sandbox.banking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.quoox.xero.sandbox.accounting.Books;
import com.quoox.xero.sandbox.accounting.ChartOfAccounts;
import com.quoox.xero.sandbox.http.XeroJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The money that payments, bank transactions and transfers move into and out of an account, summed
 * per period as Xero's Bank Summary does: opening is everything dated before the period, received
 * and spent what is dated within it.
 */
public final class BankMovements {

  /** Payments that bring money in; the others (credit note refunds, bills paid) take it out. */
  private static final Set<String> INCOMING_PAYMENTS = Set.of("ACCRECPAYMENT", "APCREDITPAYMENT");

  /** Money into (received) or out of (spent) one account on one day. */
  private record Movement(UUID accountId, LocalDate date, BigDecimal received, BigDecimal spent) {}

  /** One account's figures for a period. */
  public record Figures(BigDecimal opening, BigDecimal received, BigDecimal spent) {

    static final Figures ZERO = new Figures(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    BigDecimal closing() {
      return opening.add(received).subtract(spent);
    }

    Figures plus(Figures other) {
      return new Figures(
          opening.add(other.opening), received.add(other.received), spent.add(other.spent));
    }
  }

  private final List<Movement> movements = new ArrayList<>();

  /** Reads the movements of the books as they are now; the caller holds the books' lock. */
  public BankMovements(Books books) {
    for (ObjectNode payment : books.payments) {
      boolean in = INCOMING_PAYMENTS.contains(XeroJson.text(payment, "PaymentType"));
      add(payment.get("Account"), payment, "Amount", in);
    }
    for (ObjectNode transaction : books.bankTransactions) {
      boolean in = "RECEIVE".equals(XeroJson.text(transaction, "Type"));
      add(transaction.get("BankAccount"), transaction, "Total", in);
    }
    for (ObjectNode transfer : books.bankTransfers) {
      add(transfer.get("FromBankAccount"), transfer, "Amount", false);
      add(transfer.get("ToBankAccount"), transfer, "Amount", true);
    }
  }

  /** The account's figures for the period from {@code from} to {@code to}, both included. */
  public Figures figures(ChartOfAccounts.Account account, LocalDate from, LocalDate to) {
    Figures figures = Figures.ZERO;
    for (Movement m : movements) {
      if (!m.accountId().equals(account.id()) || m.date().isAfter(to)) {
        continue;
      }
      figures =
          figures.plus(
              m.date().isBefore(from)
                  ? new Figures(m.received().subtract(m.spent()), BigDecimal.ZERO, BigDecimal.ZERO)
                  : new Figures(BigDecimal.ZERO, m.received(), m.spent()));
    }
    return figures;
  }

  /** The account's balance at the end of {@code day}: everything dated up to and including it. */
  public BigDecimal balance(ChartOfAccounts.Account account, LocalDate day) {
    return figures(account, day, day).closing().setScale(2);
  }

  private void add(JsonNode account, JsonNode entry, String amountField, boolean received) {
    UUID accountId = UUID.fromString(account.get("AccountID").asText());
    LocalDate date = XeroJson.parseDate(entry.get("Date").asText());
    BigDecimal amount = XeroJson.decimal(entry, amountField);
    movements.add(
        received
            ? new Movement(accountId, date, amount, BigDecimal.ZERO)
            : new Movement(accountId, date, BigDecimal.ZERO, amount));
  }
}
