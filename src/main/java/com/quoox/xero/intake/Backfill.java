package com.quoox.xero.intake;

import com.quoox.xero.events.RefundIssued;
import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.outbox.OutboxRepository;
import com.quoox.xero.outbox.SourceKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sends a business's past sales and refunds of a date range to Xero: those made before it
 * connected, or while the module was not installed, and those skipped because it was not connected
 * then. Each new one goes through the same intake as a live sale, so an event already in the outbox
 * is never added twice, and one already in Xero is never sent again.
 */
@ApplicationScoped
public class Backfill {

  /**
   * What a back-fill found and did: {@code queued} were new, {@code resent} had been skipped and go
   * now; the others were already in Xero, on their way, or parked for a person to fix.
   */
  public record Result(
      int found, int queued, int resent, int alreadyInXero, int onTheirWay, int needAttention) {}

  @Inject SalesHistory history;

  @Inject EventIntake intake;

  @Inject OutboxRepository outbox;

  /**
   * @throws UnsupportedOperationException when the host offers no past sales
   */
  public Result resend(String businessId, LocalDate from, LocalDate to) {
    List<SaleCompleted> newSales = new ArrayList<>();
    List<RefundIssued> newRefunds = new ArrayList<>();
    Tally tally = new Tally();
    for (SaleCompleted sale : history.sales(businessId, from, to)) {
      if (businessId.equals(sale.businessId())
          && tally.count(outbox.findBySource(businessId, SourceKind.SALE, sale.saleId()))) {
        newSales.add(sale);
      }
    }
    for (RefundIssued refund : history.refunds(businessId, from, to)) {
      if (businessId.equals(refund.businessId())
          && tally.count(outbox.findBySource(businessId, SourceKind.REFUND, refund.refundId()))) {
        newRefunds.add(refund);
      }
    }
    int queued = intake.recordPast(newSales, newRefunds);
    // One recorded meanwhile (a till's late event) is on its way already.
    tally.onTheirWay += newSales.size() + newRefunds.size() - queued;
    return new Result(
        tally.found + newSales.size() + newRefunds.size(),
        queued,
        tally.resent,
        tally.inXero,
        tally.onTheirWay,
        tally.parked);
  }

  /** What the resend found of the events already in the outbox. */
  private final class Tally {
    int found;
    int resent;
    int inXero;
    int onTheirWay;
    int parked;

    /** Counts the event's entry, sending it again if it was skipped; true when there is none. */
    boolean count(Optional<OutboxEntry> existing) {
      if (existing.isEmpty()) {
        return true;
      }
      found++;
      switch (existing.get().getState()) {
        case SENT -> inXero++;
        case NEEDS_ATTENTION -> parked++;
        case SKIPPED -> {
          outbox.update(existing.get().getId(), OutboxEntry::retryNow);
          resent++;
        }
        default -> onTheirWay++;
      }
      return false;
    }
  }
}
