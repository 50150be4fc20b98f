package com.quoox.xero.intake;

import com.quoox.xero.events.PaymentReceived;
import com.quoox.xero.events.PayoutPaid;
import com.quoox.xero.events.RefundIssued;
import com.quoox.xero.events.RefundPaid;
import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.outbox.OutboxEntryAdded;
import com.quoox.xero.outbox.OutboxPayload;
import com.quoox.xero.outbox.OutboxRepository;
import com.quoox.xero.outbox.SourceKind;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
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
    List<OutboxEntry> entries = new ArrayList<>();
    entries.add(
        entryFor(
            SourceKind.SALE,
            sale.businessId(),
            sale.saleId(),
            sale.saleNumber(),
            OutboxPayload.write(sale),
            EventValidation.problemsOf(sale),
            entry -> {}));
    for (PaymentReceived payment : TillPayments.of(sale)) {
      entries.add(paymentEntry(payment));
    }
    return add(entries)[0];
  }

  private boolean recordRefund(RefundIssued refund) {
    return add(
        entryFor(
            SourceKind.REFUND,
            refund.businessId(),
            refund.refundId(),
            refund.refundNumber(),
            OutboxPayload.write(refund),
            EventValidation.problemsOf(refund),
            entry -> entry.refunding(clip(refund.saleId(), 128))));
  }

  private void recordPayment(PaymentReceived payment) {
    add(List.of(paymentEntry(payment)));
  }

  /**
   * Keyed by the provider's payment id where there is one, so a payment that arrives both inside
   * its sale and as its own event is recorded once.
   */
  private OutboxEntry paymentEntry(PaymentReceived payment) {
    String id =
        payment.providerPaymentId() != null
            ? payment.provider() + ":" + payment.providerPaymentId()
            : "payment:" + payment.paymentId();
    return entryFor(
        SourceKind.PAYMENT,
        payment.businessId(),
        id,
        payment.providerPaymentId() != null ? payment.providerPaymentId() : payment.paymentId(),
        OutboxPayload.write(payment),
        EventValidation.problemsOf(payment),
        entry ->
            entry.movingMoney(
                payment.provider(), cents(payment.amount()), clip(payment.saleId(), 128)));
  }

  private void recordRefundPaid(RefundPaid paid) {
    String id =
        paid.providerRefundId() != null
            ? paid.provider() + ":" + paid.providerRefundId()
            : "refund-payment:" + paid.refundPaymentId();
    add(
        entryFor(
            SourceKind.REFUND_PAYMENT,
            paid.businessId(),
            id,
            paid.providerRefundId() != null ? paid.providerRefundId() : paid.refundPaymentId(),
            OutboxPayload.write(paid),
            EventValidation.problemsOf(paid),
            entry ->
                entry.movingMoney(
                    paid.provider(), negate(cents(paid.amount())), clip(paid.refundId(), 128))));
  }

  /** The payout's fees and net both leave the clearing account: its gross in all. */
  private void recordPayout(PayoutPaid payout) {
    add(
        entryFor(
            SourceKind.PAYOUT,
            payout.businessId(),
            payout.provider() + ":" + payout.payoutId(),
            clip(payout.payoutId(), 64),
            OutboxPayload.write(payout),
            EventValidation.problemsOf(payout),
            entry -> entry.movingMoney(payout.provider(), negate(cents(payout.gross())), null)));
  }

  /** An amount as the clearing account holds it; a wrong scale parks the entry anyway. */
  private static BigDecimal cents(BigDecimal amount) {
    return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
  }

  private static BigDecimal negate(BigDecimal amount) {
    return amount == null ? null : amount.negate();
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

  /** The entry for an event, parked at once with every reason if the event is invalid. */
  private OutboxEntry entryFor(
      SourceKind kind,
      String businessId,
      String sourceId,
      String number,
      String payload,
      List<String> problems,
      Consumer<OutboxEntry> relate) {
    if (isBlank(businessId) || isBlank(sourceId)) {
      // Without its keys the event cannot be de-duplicated; keep it anyway under a made-up id.
      businessId = isBlank(businessId) ? "(missing)" : businessId;
      sourceId = "(missing)-" + UUID.randomUUID();
    }
    if (payload.length() > OutboxEntry.MAX_PAYLOAD_LENGTH) {
      // Absurdly large for a sale (and over Xero's request size): kept, cut, for a person to see.
      problems = new ArrayList<>(problems);
      problems.add(
          "the event is "
              + payload.length()
              + " characters of JSON; only the first "
              + OutboxEntry.MAX_PAYLOAD_LENGTH
              + " are kept");
      payload = payload.substring(0, OutboxEntry.MAX_PAYLOAD_LENGTH);
    }
    OutboxEntry entry =
        problems.isEmpty()
            ? OutboxEntry.pending(kind, businessId, sourceId, number, payload)
            : OutboxEntry.parked(
                kind,
                clip(businessId, 64),
                clip(sourceId, 128),
                clip(number, 64),
                payload,
                "Invalid event: " + String.join("; ", problems));
    relate.accept(entry);
    return entry;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  /** Keeps an over-long id storable; the entry is parked anyway because validation named it. */
  private static String clip(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
