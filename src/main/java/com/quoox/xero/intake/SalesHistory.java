package com.quoox.xero.intake;

import com.quoox.xero.events.RefundIssued;
import com.quoox.xero.events.SaleCompleted;
import java.time.LocalDate;
import java.util.List;

/**
 * The host's past sales and refunds, as the events it would have fired, for the back-fill of a
 * business that connected to Xero after it started selling. The host (the Quoox monolith) replaces
 * the module's {@link NoSalesHistory} with its own bean:
 * {@code @Alternative @Priority(Interceptor.Priority.APPLICATION) class QuooxSalesHistory
 * implements SalesHistory}.
 */
public interface SalesHistory {

  /** The business's completed sales on the days {@code from} to {@code to}, both included. */
  List<SaleCompleted> sales(String businessId, LocalDate from, LocalDate to);

  /** The business's refunds on the days {@code from} to {@code to}, both included. */
  List<RefundIssued> refunds(String businessId, LocalDate from, LocalDate to);
}
