package com.quoox.xero.intake;

import com.quoox.xero.events.RefundIssued;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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

  private boolean recordSale(SaleCompleted sale) {
    return record(
        SourceKind.SALE,
        sale.businessId(),
        sale.saleId(),
        sale.saleNumber(),
        null,
        OutboxPayload.write(sale),
        EventValidation.problemsOf(sale));
  }

  private boolean recordRefund(RefundIssued refund) {
    return record(
        SourceKind.REFUND,
        refund.businessId(),
        refund.refundId(),
        refund.refundNumber(),
        refund.saleId(),
        OutboxPayload.write(refund),
        EventValidation.problemsOf(refund));
  }

  /** Writes the entry unless the event is already in the outbox; answers whether it did. */
  private boolean record(
      SourceKind kind,
      String businessId,
      String sourceId,
      String number,
      String saleId,
      String payload,
      List<String> problems) {
    if (isBlank(businessId) || isBlank(sourceId)) {
      // Without its keys the event cannot be de-duplicated; keep it anyway under a made-up id.
      businessId = isBlank(businessId) ? "(missing)" : businessId;
      sourceId = "(missing)-" + UUID.randomUUID();
    }
    if (outbox.findBySource(businessId, kind, sourceId).isPresent()) {
      LOG.debugf("%s %s of business %s is already in the outbox", kind, sourceId, businessId);
      return false;
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
    if (saleId != null) {
      entry.refunding(clip(saleId, 128));
    }
    outbox.add(entry);
    entryAdded.fire(new OutboxEntryAdded(entry.getId()));
    return true;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  /** Keeps an over-long id storable; the entry is parked anyway because validation named it. */
  private static String clip(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
