package com.quoox.xero.intake;

import com.quoox.xero.events.RefundIssued;
import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.events.SaleLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape rules an event must meet to be sent to Xero. A failing event is still recorded, parked
 * with these messages, so a person can see what the monolith sent.
 */
final class EventValidation {

  private EventValidation() {}

  static List<String> problemsOf(SaleCompleted sale) {
    List<String> problems = new ArrayList<>();
    requireText(problems, "businessId", sale.businessId(), 64);
    requireText(problems, "saleId", sale.saleId(), 128);
    requireText(problems, "saleNumber", sale.saleNumber(), 64);
    if (sale.completedAt() == null) {
      problems.add("completedAt is missing");
    }
    requireCurrency(problems, sale.currency());
    requireLines(problems, sale.lines(), false);
    requireAmount(problems, "totalCharged", sale.totalCharged());
    return problems;
  }

  static List<String> problemsOf(RefundIssued refund) {
    List<String> problems = new ArrayList<>();
    requireText(problems, "businessId", refund.businessId(), 64);
    requireText(problems, "refundId", refund.refundId(), 128);
    requireText(problems, "saleId", refund.saleId(), 128);
    requireText(problems, "refundNumber", refund.refundNumber(), 64);
    if (refund.issuedAt() == null) {
      problems.add("issuedAt is missing");
    }
    requireCurrency(problems, refund.currency());
    requireLines(problems, refund.lines(), true);
    requireAmount(problems, "amount", refund.amount());
    if (refund.amount() != null && refund.amount().signum() == 0) {
      problems.add("amount must be more than zero");
    }
    return problems;
  }

  private static void requireText(List<String> problems, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      problems.add(field + " is missing");
    } else if (value.length() > max) {
      problems.add(field + " is longer than " + max + " characters");
    }
  }

  private static void requireCurrency(List<String> problems, String currency) {
    if (currency == null || !currency.matches("[A-Z]{3}")) {
      problems.add("currency must be a three-letter ISO 4217 code, was " + currency);
    }
  }

  private static void requireAmount(List<String> problems, String field, BigDecimal amount) {
    if (amount == null) {
      problems.add(field + " is missing");
    } else if (amount.signum() < 0) {
      problems.add(field + " must not be negative, was " + amount.toPlainString());
    }
  }

  private static void requireLines(List<String> problems, List<SaleLine> lines, boolean optional) {
    if (lines.isEmpty() && !optional) {
      problems.add("a sale needs at least one line");
    }
    for (int i = 0; i < lines.size(); i++) {
      SaleLine line = lines.get(i);
      String where = "line " + (i + 1);
      if (line == null) {
        problems.add(where + " is empty");
        continue;
      }
      if (line.quantity() == null) {
        problems.add(where + ": quantity is missing");
      }
      if (line.unitPrice() == null) {
        problems.add(where + ": unitPrice is missing");
      }
      if (line.taxRate() == null) {
        problems.add(where + ": taxRate is missing");
      }
      if (line.description() == null || line.description().isBlank()) {
        problems.add(where + ": description is missing");
      }
    }
  }
}
