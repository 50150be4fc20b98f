package com.quoox.xero.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The first row: one business back-fills a backlog recorded in bulk while the others sell
 * live; invoices a minute against the fair ceiling (each business's own offer, at most its 3,000 a
 * minute) and how long the live sales took to reach Xero meanwhile.
 */
final class ManyBusinesses {

  private ManyBusinesses() {}

  static void measure(
      Shops shops,
      RemoteSandbox sandbox,
      List<BenchBusiness> businesses,
      BenchmarkSettings s,
      ResultTable table)
      throws InterruptedException {
    BenchBusiness backfilling = businesses.get(0);
    List<BenchBusiness> live = businesses.subList(1, businesses.size());
    List<String> tenants = businesses.stream().map(BenchBusiness::tenantId).toList();
    // Recording 100,000 sales takes this machine a while: the window opens once they are recorded.
    Instant fired = Instant.now();
    shops.burst(backfilling, s.backfillSales());
    LimitsSnapshot before = sandbox.statistics();
    Instant from = Instant.now();
    long backlog = s.backfillSales() - before.invoices(backfilling.tenantId());
    LiveSales sales = LiveSales.sell(sandbox, live, s.liveSaleInterval(), s.manyWindow());
    LimitsSnapshot after = sandbox.statistics();
    Duration window = Duration.between(from, Instant.now());
    shops.pause(backfilling);
    double invoices =
        BenchmarkSettings.perMinute(after.invoices(tenants) - before.invoices(tenants), window);
    double ceiling =
        Math.min(BenchmarkSettings.perMinute(backlog, window), Limits.INVOICES_PER_MINUTE);
    for (BenchBusiness shop : live) {
      ceiling +=
          Math.min(
              BenchmarkSettings.perMinute(sales.count(shop), window), Limits.INVOICES_PER_MINUTE);
    }
    table.figure(
        "  back-fill recorded before the window",
        String.format(
            "%,d sales in %.1f min",
            s.backfillSales(), BenchmarkSettings.minutes(Duration.between(fired, from))),
        String.format("%,d still to send as the window began", backlog));
    Latencies latencies = sales.toXero(s.drain());
    String n =
        String.format(
            " (n=%d, 1 sale/%ds each)", latencies.count(), s.liveSaleInterval().toSeconds());
    table.judged(
        live.size() + " live businesses + 1 back-filling: live sale → Xero p99" + n,
        ResultTable.seconds(latencies.p99()),
        "< " + ResultTable.seconds(s.liveP99Target()),
        latencies.p99().compareTo(s.liveP99Target()) < 0,
        sales.missing() + " not in Xero after the drain");
    table.figure("  live sale → Xero p50", ResultTable.seconds(latencies.p50()), "");
    table.judged(
        String.format(
            "  invoices/min, all %d (%.1f min window)",
            businesses.size(), BenchmarkSettings.minutes(window)),
        String.format("%,.0f", invoices),
        String.format("≥ 90 %% of %,.0f fair", ceiling),
        invoices >= 0.9 * ceiling,
        String.format("%.0f %% of the fair ceiling", 100 * invoices / ceiling));
    List<String> backfiller = List.of(backfilling.tenantId());
    table.figure(
        "  of which the back-filler: invoices/min; calls/min",
        String.format(
            "%,.0f; %,.0f",
            BenchmarkSettings.perMinute(
                after.invoices(backfiller) - before.invoices(backfiller), window),
            BenchmarkSettings.perMinute(
                after.calls(backfiller) - before.calls(backfiller), window)),
        "its fair share: min(backlog, 3,000)/min");
    table.figure(
        "  Accounting API calls/min; 429s in the window",
        String.format(
            "%,.0f; %d",
            BenchmarkSettings.perMinute(after.calls(tenants) - before.calls(tenants), window),
            after.refused(tenants) - before.refused(tenants)),
        "");
  }
}
