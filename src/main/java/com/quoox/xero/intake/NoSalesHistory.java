package com.quoox.xero.intake;

import com.quoox.xero.events.RefundIssued;
import com.quoox.xero.events.SaleCompleted;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/** The default when the host offers no past sales: a back-fill says so instead of finding none. */
@ApplicationScoped
public class NoSalesHistory implements SalesHistory {

  @Override
  public List<SaleCompleted> sales(String businessId, LocalDate from, LocalDate to) {
    throw unavailable();
  }

  @Override
  public List<RefundIssued> refunds(String businessId, LocalDate from, LocalDate to) {
    throw unavailable();
  }

  private static UnsupportedOperationException unavailable() {
    return new UnsupportedOperationException(
        "This Quoox installation does not offer its past sales to the Xero module");
  }
}
