package com.quoox.xero.intake;

import com.quoox.xero.events.RefundIssued;
import com.quoox.xero.events.SaleCompleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/**
 * Sends a business's past sales and refunds of a date range to Xero: those made before it
 * connected, or while the module was not installed. Each goes through the same intake as a live
 * sale, so an event already in the outbox (sent, waiting or parked) is never added twice.
 */
@ApplicationScoped
public class Backfill {

  /** What a back-fill found and did. */
  public record Result(int found, int queued, int alreadyQueued) {}

  @Inject SalesHistory history;

  @Inject EventIntake intake;

  /**
   * @throws UnsupportedOperationException when the host offers no past sales
   */
  public Result resend(String businessId, LocalDate from, LocalDate to) {
    List<SaleCompleted> sales =
        history.sales(businessId, from, to).stream()
            .filter(s -> businessId.equals(s.businessId()))
            .toList();
    List<RefundIssued> refunds =
        history.refunds(businessId, from, to).stream()
            .filter(r -> businessId.equals(r.businessId()))
            .toList();
    int found = sales.size() + refunds.size();
    int queued = intake.recordPast(sales, refunds);
    return new Result(found, queued, found - queued);
  }
}
