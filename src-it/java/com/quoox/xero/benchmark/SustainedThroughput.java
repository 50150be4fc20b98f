package com.quoox.xero.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The third row: one business with a backlog recorded in bulk; the invoices Xero stored per
 * minute in the window that opens after a warm-up, against its ceiling of 3,000, and the 429s it
 * was answered.
 */
final class SustainedThroughput {

  private SustainedThroughput() {}

  static void measure(
      Shops shops,
      RemoteSandbox sandbox,
      BenchBusiness shop,
      BenchmarkSettings s,
      ResultTable table)
      throws InterruptedException {
    Instant fired = Instant.now();
    shops.burst(shop, s.sustainedBacklog());
    Instant recorded = Instant.now();
    // The row runs on a module just started: the window opens once the backlog has been sending
    // for a while, so it measures the sustained rate, not the JIT's first batches.
    Thread.sleep(s.sustainedWarmup().toMillis());
    LimitsSnapshot before = sandbox.statistics();
    Instant from = Instant.now();
    Thread.sleep(s.sustainedWindow().toMillis());
    LimitsSnapshot after = sandbox.statistics();
    Duration window = Duration.between(from, Instant.now());
    shops.pause(shop);
    List<String> tenant = List.of(shop.tenantId());
    double perMinute =
        BenchmarkSettings.perMinute(after.invoices(tenant) - before.invoices(tenant), window);
    long refused = after.refused(tenant) - before.refused(tenant);
    long left = s.sustainedBacklog() - after.invoices(shop.tenantId());
    table.judged(
        String.format(
            "1 business, %,d backlog: invoices/min (%.1f min window)",
            s.sustainedBacklog(), BenchmarkSettings.minutes(window)),
        String.format("%,.0f", perMinute),
        "≥ 95 % of 3,000",
        perMinute >= 0.95 * Limits.INVOICES_PER_MINUTE && left > 0,
        left > 0 ? "" : "the backlog ran dry in the window: raise bench.sustained.backlog");
    table.judged(
        "  429s answered to it in the window", String.valueOf(refused), "0", refused == 0, "");
    table.figure(
        "  calls/min; backlog recorded in",
        String.format(
            "%.0f; %.1f min",
            BenchmarkSettings.perMinute(after.calls(tenant) - before.calls(tenant), window),
            BenchmarkSettings.minutes(Duration.between(fired, recorded))),
        "");
  }
}
