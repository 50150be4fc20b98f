package com.quoox.xero.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The fourth row: many businesses selling at once behind Xero's round trip; the Accounting
 * API calls one node makes a minute, against half the app's 10,000.
 */
final class BusyBusinesses {

  private BusyBusinesses() {}

  static void measure(
      RemoteSandbox sandbox, List<BenchBusiness> businesses, BenchmarkSettings s, ResultTable table)
      throws InterruptedException {
    List<String> tenants = businesses.stream().map(BenchBusiness::tenantId).toList();
    LimitsSnapshot before = sandbox.statistics();
    Instant from = Instant.now();
    LiveSales sales = LiveSales.sell(sandbox, businesses, s.busySaleInterval(), s.busyWindow());
    LimitsSnapshot after = sandbox.statistics();
    Duration window = Duration.between(from, Instant.now());
    double calls =
        BenchmarkSettings.perMinute(after.calls(tenants) - before.calls(tenants), window);
    double offered = BenchmarkSettings.perMinute(sales.count(), window);
    table.judged(
        String.format(
            "%d businesses selling 1 sale/%ds, %s latency: calls/min, one node",
            businesses.size(), s.busySaleInterval().toSeconds(), s.latency().toMillis() + " ms"),
        String.format("%,.0f", calls),
        "≥ 5,000",
        calls >= 5_000,
        String.format("tills offered %,.0f sales/min", offered));
    table.figure(
        "  invoices/min; 429s in the window",
        String.format(
            "%,.0f; %d",
            BenchmarkSettings.perMinute(after.invoices(tenants) - before.invoices(tenants), window),
            after.refused(tenants) - before.refused(tenants)),
        String.format("offered %,.0f sales/min", offered));
    Latencies latencies = sales.toXero(s.drain());
    table.figure(
        "  sale → Xero p50 / p99",
        ResultTable.seconds(latencies.p50()) + " / " + ResultTable.seconds(latencies.p99()),
        "");
  }
}
