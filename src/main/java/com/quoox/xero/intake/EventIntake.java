package com.quoox.xero.intake;

import com.quoox.xero.events.PaymentReceived;
import com.quoox.xero.events.PayoutPaid;
import com.quoox.xero.events.RefundIssued;
import com.quoox.xero.events.RefundPaid;
import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.outbox.OutboxEntryAdded;
import com.quoox.xero.outbox.OutboxRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Observes the monolith's sale and refund events with plain {@code @Observes}, so the outbox row is
 * written in the sale's own transaction: if the sale rolls back, so does the row. It catches
 * everything itself, because an exception here would fail the sale, unless the sale's transaction
 * can no longer commit anyway (the database failed).
 */
@ApplicationScoped
public class EventIntake {

  private static final Logger LOG = Logger.getLogger(EventIntake.class);

  /** Marks a transaction whose commit already wakes the dispatcher. */
  private static final String WAKE_REGISTERED = EventIntake.class.getName() + ".wake";

  @Inject OutboxRepository outbox;

  @Inject Event<OutboxEntryAdded> entryAdded;

  @Resource TransactionSynchronizationRegistry transactions;

  public void onSaleCompleted(@Observes SaleCompleted sale) {
    try {
      recordSale(sale);
    } catch (RuntimeException e) {
      LOG.errorf(
          e, "Could not record sale %s of business %s for Xero", sale.saleId(), sale.businessId());
      failIfTheSaleCannotCommit(e);
    }
  }

  public void onRefundIssued(@Observes RefundIssued refund) {
    try {
      recordRefund(refund);
    } catch (RuntimeException e) {
      LOG.errorf(
          e,
          "Could not record refund %s of business %s for Xero",
          refund.refundId(),
          refund.businessId());
      failIfTheSaleCannotCommit(e);
    }
  }

  public void onPaymentReceived(@Observes PaymentReceived payment) {
    try {
      recordPayment(payment);
    } catch (RuntimeException e) {
      LOG.errorf(
          e,
          "Could not record payment %s of business %s for Xero",
          payment.paymentId(),
          payment.businessId());
      failIfTheSaleCannotCommit(e);
    }
  }

  public void onRefundPaid(@Observes RefundPaid paid) {
    try {
      recordRefundPaid(paid);
    } catch (RuntimeException e) {
      LOG.errorf(
          e,
          "Could not record the payment of refund %s of business %s for Xero",
          paid.refundId(),
          paid.businessId());
      failIfTheSaleCannotCommit(e);
    }
  }

  public void onPayoutPaid(@Observes PayoutPaid payout) {
    try {
      recordPayout(payout);
    } catch (RuntimeException e) {
      LOG.errorf(
          e,
          "Could not record payout %s of business %s for Xero",
          payout.payoutId(),
          payout.businessId());
      failIfTheSaleCannotCommit(e);
    }
  }

  /**
   * A failed database call (e.g. the database went away) marks the sale's transaction for rollback:
   * the sale cannot commit whatever the intake does, and a {@code @Transactional} method that
   * returns normally is rolled back without telling its caller. So the failure goes on to the sale,
   * which then fails as a whole instead of being lost in silence with its outbox row.
   */
  private void failIfTheSaleCannotCommit(RuntimeException e) {
    if (transactions.getTransactionKey() != null
        && transactions.getTransactionStatus() == Status.STATUS_MARKED_ROLLBACK) {
      throw e;
    }
  }

  /**
   * Records sales and refunds made before the business connected (back-fill), in one transaction;
   * those already in the outbox are left as they are, so nothing reaches Xero twice.
   *
   * @return how many were new
   */
  @Transactional
  public int recordPast(List<SaleCompleted> sales, List<RefundIssued> refunds) {
    int added = 0;
    for (SaleCompleted sale : sales) {
      added += recordSale(sale) ? 1 : 0;
    }
    for (RefundIssued refund : refunds) {
      added += recordRefund(refund) ? 1 : 0;
    }
    return added;
  }

  /** A sale, and each payment taken with it as a payment of its own, written together. */
  private boolean recordSale(SaleCompleted sale) {
    return add(EventEntries.of(sale))[0];
  }

  private boolean recordRefund(RefundIssued refund) {
    return add(EventEntries.of(refund));
  }

  private void recordPayment(PaymentReceived payment) {
    add(EventEntries.of(payment));
  }

  private void recordRefundPaid(RefundPaid paid) {
    add(EventEntries.of(paid));
  }

  private void recordPayout(PayoutPaid payout) {
    add(EventEntries.of(payout));
  }

  /** Writes the entry unless the event is already in the outbox; answers whether it did. */
  private boolean add(OutboxEntry entry) {
    return add(List.of(entry))[0];
  }

  /**
   * Writes the entries whose events are not in the outbox yet, in one go; answers, per entry,
   * whether it was written. The dispatcher is woken once per transaction, after it commits, however
   * many rows it wrote.
   */
  private boolean[] add(List<OutboxEntry> entries) {
    boolean[] added = outbox.addAllIfAbsent(entries);
    for (int i = 0; i < added.length; i++) {
      if (added[i]) {
        wakeDispatcherAfterCommit(entries.get(i).getId());
      } else {
        OutboxEntry entry = entries.get(i);
        LOG.debugf(
            "%s %s of business %s is already in the outbox",
            entry.getSourceKind(), entry.getSourceId(), entry.getBusinessId());
      }
    }
    return added;
  }

  private void wakeDispatcherAfterCommit(String entryId) {
    if (transactions.getTransactionKey() != null) {
      if (transactions.getResource(WAKE_REGISTERED) != null) {
        return;
      }
      transactions.putResource(WAKE_REGISTERED, Boolean.TRUE);
    }
    entryAdded.fire(new OutboxEntryAdded(entryId));
  }
}
