package com.quoox.xero.demo;

import com.quoox.xero.events.PaymentProvider;
import com.quoox.xero.events.PaymentReceived;
import com.quoox.xero.events.RefundIssued;
import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.events.SaleLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the demo page's buttons do to an earlier sale, as the monolith's till would: refund one item
 * of it, or take the card payment the customer still owes. Each answers the event to fire, or says
 * in plain words why there is nothing to do.
 */
final class SaleFollowUps {

  private SaleFollowUps() {}

  /** Nothing to refund or to pay: the demo page shows the message. */
  static final class NothingToDo extends RuntimeException {
    NothingToDo(String message) {
      super(message);
    }
  }

  /** One unit of the first line that still has one not refunded, at what the customer paid. */
  static RefundIssued refundOfOneItem(SaleCompleted sale, List<RefundIssued> earlier) {
    for (SaleLine line : sale.lines()) {
      BigDecimal refunded =
          earlier.stream()
              .flatMap(r -> r.lines().stream())
              .filter(l -> sameItem(l, line))
              .map(SaleLine::quantity)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      if (line.quantity().subtract(refunded).compareTo(BigDecimal.ONE) < 0) {
        continue;
      }
      // The line's discount is for all its units; one unit takes its share.
      BigDecimal discount = line.discount().divide(line.quantity(), 2, RoundingMode.HALF_UP);
      SaleLine one =
          new SaleLine(
              line.itemCode(),
              line.description(),
              line.category(),
              BigDecimal.ONE,
              line.unitPrice(),
              discount,
              line.taxCode(),
              line.taxRate());
      return new RefundIssued(
          sale.businessId(),
          UUID.randomUUID().toString(),
          // The sale's number in it, so a person reading the sync log sees which sale it refunds.
          sale.saleNumber() + "-R" + (earlier.size() + 1),
          sale.saleId(),
          Instant.now(),
          sale.currency(),
          sale.pricesIncludeTax(),
          List.of(one),
          line.unitPrice().subtract(discount).setScale(2, RoundingMode.HALF_UP),
          "Demo: one " + line.description() + " returned");
    }
    throw new NothingToDo("Every item of sale " + sale.saleNumber() + " is refunded already.");
  }

  /**
   * The customer pays their tab by card: what the sale charged less what was refunded before, since
   * those refunds' credit notes reduced what the invoice asks (Xero refuses a payment over it).
   */
  static PaymentReceived cardPaymentFor(
      SaleCompleted sale, List<RefundIssued> refunds, List<PaymentReceived> earlier) {
    if (!sale.payments().isEmpty() || !earlier.isEmpty()) {
      throw new NothingToDo("Sale " + sale.saleNumber() + " is paid already.");
    }
    BigDecimal owed =
        refunds.stream()
            .map(RefundIssued::amount)
            .reduce(sale.totalCharged(), BigDecimal::subtract);
    if (owed.signum() <= 0) {
      throw new NothingToDo("Nothing is owed on sale " + sale.saleNumber() + ".");
    }
    String id = UUID.randomUUID().toString();
    return new PaymentReceived(
        sale.businessId(),
        id,
        sale.saleId(),
        PaymentProvider.CARD,
        owed,
        sale.currency(),
        "card-" + id.substring(0, 8),
        null,
        Instant.now());
  }

  private static boolean sameItem(SaleLine a, SaleLine b) {
    return Objects.equals(a.itemCode(), b.itemCode())
        && Objects.equals(a.description(), b.description());
  }
}
