package com.quoox.xero.benchmark;

import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.it.support.TestBusiness;
import com.quoox.xero.sandbox.SandboxTenant;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Many businesses: the first back-fills a backlog fired at once while every other one sells live at
 * a steady rate; the invoices all of them got per minute, and how long the live sales took to reach
 * Xero meanwhile.
 */
final class ManyBusinesses {

  /** Xero's calls per minute for one app across all its organisations (DESIGN §4). */
  private static final int APP_CALLS_PER_MINUTE = 10_000;

  private final BenchmarkSettings settings;
  private final Map<TestBusiness, Map<String, Instant>> liveSales = new ConcurrentHashMap<>();

  private ManyBusinesses(BenchmarkSettings settings) {
    this.settings = settings;
  }

  static void measure(
      Shops shops, List<TestBusiness> businesses, BenchmarkSettings settings, ResultTable table)
      throws InterruptedException {
    new ManyBusinesses(settings).run(shops, businesses, table);
  }

  private void run(Shops shops, List<TestBusiness> businesses, ResultTable table)
      throws InterruptedException {
    // The back-fill is recorded first, then the window measures while it is being sent: recording
    // 100,000 sales takes this 2-core machine minutes, which would otherwise be measured as
    // dispatch.
    Instant fired = Instant.now();
    TestBusiness backfilling = businesses.get(0);
    shops.burst(backfilling, settings.backfillSales());
    Instant from = Instant.now();
    long backlog =
        settings.backfillSales() - XeroLog.invoicesStored(List.of(backfilling.xero), fired, from);
    sellLive(businesses.subList(1, businesses.size()));
    Instant until = Instant.now();
    List<SandboxTenant> tenants = businesses.stream().map(b -> b.xero).toList();
    double minutes = BenchmarkSettings.minutes(Duration.between(from, until));
    long invoices = XeroLog.invoicesStored(tenants, from, until);
    long calls = XeroLog.count(tenants, from, until, r -> true);
    long refused = XeroLog.count(tenants, from, until, XeroLog::isTooManyRequests);
    long sold = liveSales.values().stream().mapToLong(Map::size).sum();
    // What could reach Xero in the window: the live sales, and of the back-fill at most one
    // organisation's ceiling.
    double offered =
        sold / minutes
            + Math.min(backlog / minutes, (double) SustainedThroughput.CEILING_PER_MINUTE);
    table.figure(
        "  back-fill recorded before the window",
        String.format(
            "%,d sales in %.1f min",
            settings.backfillSales(), BenchmarkSettings.minutes(Duration.between(fired, from))),
        String.format("%,d still to send as the window began", backlog));
    double ceiling = Math.min(offered, businesses.size() * SustainedThroughput.CEILING_PER_MINUTE);
    String many = businesses.size() + " businesses";
    table.judged(
        String.format("total invoices/min, %s (%.1f min)", many, minutes),
        String.format("%.0f", invoices / minutes),
        String.format("%,.0f offered/min", offered),
        invoices / minutes >= 0.9 * ceiling,
        "up to 50 invoices a call, each organisation within 60 calls/min");
    table.judged(
        "  Accounting API calls/min, all organisations",
        String.format("%.0f", calls / minutes),
        "≤ 10,000 (app limit)",
        calls / minutes <= APP_CALLS_PER_MINUTE,
        "");
    table.figure("  429s answered to them in the window", String.valueOf(refused), "");
    judgeLiveSales(table);
  }

  /** Every live business sells at its rate for the window, each first sale at a random moment. */
  private void sellLive(List<TestBusiness> live) throws InterruptedException {
    long period = 60_000_000L / Math.max(1, settings.liveSalesPerMinute());
    ScheduledExecutorService tills =
        Executors.newScheduledThreadPool(Math.max(2, live.size() / 10));
    for (TestBusiness shop : live) {
      Map<String, Instant> sales = new ConcurrentHashMap<>();
      liveSales.put(shop, sales);
      long firstAt = ThreadLocalRandom.current().nextLong(period);
      tills.scheduleAtFixedRate(() -> sell(shop, sales), firstAt, period, TimeUnit.MICROSECONDS);
    }
    Thread.sleep(settings.manyWindow().toMillis());
    tills.shutdownNow();
    tills.awaitTermination(1, TimeUnit.MINUTES);
  }

  private static void sell(TestBusiness shop, Map<String, Instant> sales) {
    SaleCompleted sale = shop.cafeSale();
    Instant soldAt = Instant.now();
    try {
      shop.sell(sale);
      sales.put(sale.saleNumber(), soldAt);
    } catch (RuntimeException | AssertionError e) {
      // a scheduled task that throws is never run again: report the sale and keep selling
      System.err.println("live sale of " + shop.id + " failed: " + e.getMessage());
    }
  }

  /** Waits up to the drain time for the live sales; one still missing counts its wait so far. */
  private void judgeLiveSales(ResultTable table) throws InterruptedException {
    Instant drainUntil = Instant.now().plus(settings.drain());
    while (Instant.now().isBefore(drainUntil) && missing() > 0) {
      Thread.sleep(500);
    }
    List<Duration> times = new ArrayList<>();
    Instant now = Instant.now();
    liveSales.forEach(
        (shop, sales) -> {
          Map<String, Instant> inXero = XeroLog.invoiceTimes(shop.xero);
          sales.forEach(
              (number, soldAt) ->
                  times.add(Duration.between(soldAt, inXero.getOrDefault(number, now))));
        });
    Latencies latencies = Latencies.of(times);
    String during =
        String.format(
            " (n=%d, %d live/min each)", latencies.count(), settings.liveSalesPerMinute());
    table.figure(
        "live sale → Xero during back-fill, p50" + during,
        ResultTable.seconds(latencies.p50()),
        "");
    table.judged(
        "live sale → Xero during back-fill, p99" + during,
        ResultTable.seconds(latencies.p99()),
        "< " + ResultTable.seconds(settings.liveP99Target()),
        latencies.p99().compareTo(settings.liveP99Target()) < 0,
        missing() + " not in Xero after the drain");
  }

  private long missing() {
    return liveSales.entrySet().stream()
        .mapToLong(e -> e.getValue().size() - e.getKey().xero.invoices().size())
        .sum();
  }
}
