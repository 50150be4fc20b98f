package com.quoox.xero.intake;

import static com.quoox.xero.outbox.OutboxEntry.BUSINESS_ID_LENGTH;
import static com.quoox.xero.outbox.OutboxEntry.SOURCE_ID_LENGTH;
import static com.quoox.xero.outbox.OutboxEntry.SOURCE_NUMBER_LENGTH;

import com.quoox.xero.events.PaymentProvider;
import com.quoox.xero.events.PaymentReceived;
import com.quoox.xero.events.PayoutPaid;
import com.quoox.xero.events.RefundIssued;
import com.quoox.xero.events.RefundPaid;
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
    requireText(problems, "businessId", sale.businessId(), BUSINESS_ID_LENGTH);
    requireText(problems, "saleId", sale.saleId(), SOURCE_ID_LENGTH);
    requireText(problems, "saleNumber", sale.saleNumber(), SOURCE_NUMBER_LENGTH);
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
    requireText(problems, "businessId", refund.businessId(), BUSINESS_ID_LENGTH);
    requireText(problems, "refundId", refund.refundId(), SOURCE_ID_LENGTH);
    requireText(problems, "saleId", refund.saleId(), SOURCE_ID_LENGTH);
    requireText(problems, "refundNumber", refund.refundNumber(), SOURCE_NUMBER_LENGTH);
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

  static List<String> problemsOf(PaymentReceived payment) {
    List<String> problems = new ArrayList<>();
    requireText(problems, "businessId", payment.businessId(), BUSINESS_ID_LENGTH);
    requireText(problems, "paymentId", payment.paymentId(), SOURCE_ID_LENGTH);
    requireText(problems, "saleId", payment.saleId(), SOURCE_ID_LENGTH);
    requireProvider(problems, payment.provider());
    requireMoney(problems, "amount", payment.amount());
    requireCurrency(problems, payment.currency());
    optionalText(problems, "providerPaymentId", payment.providerPaymentId(), SOURCE_NUMBER_LENGTH);
    if (payment.fee() != null) {
      requireAmount(problems, "fee", payment.fee());
    }
    if (payment.receivedAt() == null) {
      problems.add("receivedAt is missing");
    }
    return problems;
  }

  static List<String> problemsOf(RefundPaid paid) {
    List<String> problems = new ArrayList<>();
    requireText(problems, "businessId", paid.businessId(), BUSINESS_ID_LENGTH);
    requireText(problems, "refundPaymentId", paid.refundPaymentId(), SOURCE_ID_LENGTH);
    requireText(problems, "refundId", paid.refundId(), SOURCE_ID_LENGTH);
    requireProvider(problems, paid.provider());
    requireMoney(problems, "amount", paid.amount());
    requireCurrency(problems, paid.currency());
    optionalText(problems, "providerRefundId", paid.providerRefundId(), SOURCE_NUMBER_LENGTH);
    if (paid.paidAt() == null) {
      problems.add("paidAt is missing");
    }
    return problems;
  }

  static List<String> problemsOf(PayoutPaid payout) {
    List<String> problems = new ArrayList<>();
    requireText(problems, "businessId", payout.businessId(), BUSINESS_ID_LENGTH);
    requireText(problems, "payoutId", payout.payoutId(), SOURCE_NUMBER_LENGTH);
    requireProvider(problems, payout.provider());
    if (payout.arrivalDate() == null) {
      problems.add("arrivalDate is missing");
    }
    requireCurrency(problems, payout.currency());
    requireCents(problems, "gross", payout.gross());
    requireCents(problems, "fees", payout.fees());
    requireCents(problems, "net", payout.net());
    if (payout.fees() != null && payout.fees().signum() < 0) {
      problems.add("fees must not be negative, was " + payout.fees().toPlainString());
    }
    if (payout.gross() != null
        && payout.fees() != null
        && payout.net() != null
        && payout.gross().subtract(payout.fees()).compareTo(payout.net()) != 0) {
      problems.add(
          "gross "
              + payout.gross().toPlainString()
              + " less fees "
              + payout.fees().toPlainString()
              + " is not the net "
              + payout.net().toPlainString());
    }
    return problems;
  }

  private static void requireProvider(List<String> problems, PaymentProvider provider) {
    if (provider == null) {
      problems.add("provider is missing");
    }
  }

  private static void optionalText(List<String> problems, String field, String value, int max) {
    if (value != null && value.length() > max) {
      problems.add(field + " is longer than " + max + " characters");
    }
  }

  /** A payment: more than zero, in whole cents (Xero records payments to 2 decimal places). */
  private static void requireMoney(List<String> problems, String field, BigDecimal amount) {
    requireCents(problems, field, amount);
    if (amount != null && amount.signum() <= 0) {
      problems.add(field + " must be more than zero, was " + amount.toPlainString());
    }
  }

  private static void requireCents(List<String> problems, String field, BigDecimal amount) {
    if (amount == null) {
      problems.add(field + " is missing");
    } else if (amount.stripTrailingZeros().scale() > 2) {
      problems.add(field + " has more than 2 decimal places: " + amount.toPlainString());
    }
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
