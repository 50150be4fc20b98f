package com.quoox.xero.demo;

import com.quoox.xero.events.PaymentReceived;
import com.quoox.xero.events.PayoutPaid;
import com.quoox.xero.events.RefundIssued;
import com.quoox.xero.events.RefundPaid;
import com.quoox.xero.events.SaleCompleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Completes sales and issues refunds the way the monolith does: an event inside a transaction. */
@ApplicationScoped
public class DemoShop {

  @Inject Event<SaleCompleted> saleCompleted;

  @Inject Event<RefundIssued> refundIssued;

  @Inject Event<PaymentReceived> paymentReceived;

  @Inject Event<RefundPaid> refundPaid;

  @Inject Event<PayoutPaid> payoutPaid;

  @Inject DemoSalesHistory history;

  @Inject DemoTill till;

  /**
   * @param failAfterwards makes the sale fail after its event was fired, so its transaction rolls
   *     back, as a monolith's sale does when, say, its stock update fails
   */
  @Transactional
  public void completeSale(SaleCompleted sale, boolean failAfterwards) {
    till.record(sale);
    saleCompleted.fire(sale);
    if (failAfterwards) {
      throw new SaleFailed("Sale " + sale.saleNumber() + " failed after its event was fired");
    }
    history.remember(sale);
  }

  /** A sale the till made before the Xero module was installed: in its history, no event. */
  public void rememberPastSale(SaleCompleted sale) {
    history.remember(sale);
  }

  @Transactional
  public void issueRefund(RefundIssued refund) {
    refundIssued.fire(refund);
    history.remember(refund);
  }

  /** Money arrived for a sale after it completed (a pay-later sale, a cleared direct debit). */
  @Transactional
  public void receivePayment(PaymentReceived payment) {
    paymentReceived.fire(payment);
    history.remember(payment);
  }

  /** The refund's money went back to the customer. */
  @Transactional
  public void payRefund(RefundPaid paid) {
    refundPaid.fire(paid);
  }

  /** Stripe or GoCardless paid the shop's takings out to its bank account. */
  @Transactional
  public void payOut(PayoutPaid payout) {
    payoutPaid.fire(payout);
  }

  /** The sale failed in the shop; its transaction rolls back. */
  public static class SaleFailed extends RuntimeException {
    public SaleFailed(String message) {
      super(message);
    }
  }
}
