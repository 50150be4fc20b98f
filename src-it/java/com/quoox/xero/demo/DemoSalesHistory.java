package com.quoox.xero.demo;

import com.quoox.xero.events.PaymentReceived;
import com.quoox.xero.events.RefundIssued;
import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.intake.SalesHistory;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The demo till's memory of its sales and refunds, offered to the module for back-fill the way the
 * monolith offers its own: the host's {@link SalesHistory} replaces the module's default.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class DemoSalesHistory implements SalesHistory {

  private final Queue<SaleCompleted> sales = new ConcurrentLinkedQueue<>();
  private final Queue<RefundIssued> refunds = new ConcurrentLinkedQueue<>();
  private final Queue<PaymentReceived> payments = new ConcurrentLinkedQueue<>();

  void remember(SaleCompleted sale) {
    sales.add(sale);
  }

  void remember(RefundIssued refund) {
    refunds.add(refund);
  }

  /** Payments received after the sale, so the demo page's "Record a card payment" pays once. */
  void remember(PaymentReceived payment) {
    payments.add(payment);
  }

  Optional<SaleCompleted> sale(String businessId, String saleId) {
    return sales.stream()
        .filter(s -> businessId.equals(s.businessId()) && saleId.equals(s.saleId()))
        .findFirst();
  }

  List<RefundIssued> refundsOf(SaleCompleted sale) {
    return refunds.stream()
        .filter(r -> sale.businessId().equals(r.businessId()) && sale.saleId().equals(r.saleId()))
        .toList();
  }

  List<PaymentReceived> paymentsOf(SaleCompleted sale) {
    return payments.stream()
        .filter(p -> sale.businessId().equals(p.businessId()) && sale.saleId().equals(p.saleId()))
        .toList();
  }

  @Override
  public List<SaleCompleted> sales(String businessId, LocalDate from, LocalDate to) {
    return sales.stream()
        .filter(s -> businessId.equals(s.businessId()) && within(s.completedAt(), from, to))
        .toList();
  }

  @Override
  public List<RefundIssued> refunds(String businessId, LocalDate from, LocalDate to) {
    return refunds.stream()
        .filter(r -> businessId.equals(r.businessId()) && within(r.issuedAt(), from, to))
        .toList();
  }

  private static boolean within(Instant at, LocalDate from, LocalDate to) {
    if (at == null) {
      return false;
    }
    LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
    return !day.isBefore(from) && !day.isAfter(to);
  }
}
