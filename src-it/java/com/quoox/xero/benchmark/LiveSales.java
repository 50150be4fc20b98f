package com.quoox.xero.benchmark;

import com.quoox.xero.events.SaleCompleted;
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
 * Tills selling live: each business one sale every {@code interval}, its first at a random moment
 * of the first interval, for a window; then how long each sale took to reach Xero.
 */
final class LiveSales {

  private final Map<BenchBusiness, Map<String, Instant>> sold = new ConcurrentHashMap<>();
  private final Map<String, Long> invoicesBefore = new ConcurrentHashMap<>();
  private final RemoteSandbox sandbox;

  private LiveSales(RemoteSandbox sandbox) {
    this.sandbox = sandbox;
  }

  /** Sells for {@code window} and answers what was sold; blocks meanwhile. */
  static LiveSales sell(
      RemoteSandbox sandbox, List<BenchBusiness> businesses, Duration interval, Duration window)
      throws InterruptedException {
    LiveSales sales = new LiveSales(sandbox);
    LimitsSnapshot before = sandbox.statistics();
    businesses.forEach(b -> sales.invoicesBefore.put(b.tenantId(), before.invoices(b.tenantId())));
    sales.run(businesses, interval, window);
    return sales;
  }

  private void run(List<BenchBusiness> businesses, Duration interval, Duration window)
      throws InterruptedException {
    long period = interval.toNanos() / 1000;
    ScheduledExecutorService tills =
        Executors.newScheduledThreadPool(Math.max(4, Math.min(64, businesses.size() / 8)));
    for (BenchBusiness business : businesses) {
      Map<String, Instant> sales = new ConcurrentHashMap<>();
      sold.put(business, sales);
      long firstAt = ThreadLocalRandom.current().nextLong(period);
      tills.scheduleAtFixedRate(
          () -> sellOne(business, sales), firstAt, period, TimeUnit.MICROSECONDS);
    }
    Thread.sleep(window.toMillis());
    // Not shutdownNow: interrupting a sale in flight would leave it recorded but not counted.
    tills.shutdown();
    tills.awaitTermination(1, TimeUnit.MINUTES);
  }

  private static void sellOne(BenchBusiness business, Map<String, Instant> sales) {
    SaleCompleted sale = business.shop().cafeSale();
    Instant soldAt = Instant.now();
    try {
      business.shop().sell(sale);
      sales.put(sale.saleNumber(), soldAt);
    } catch (RuntimeException | AssertionError e) {
      // a scheduled task that throws is never run again: report the sale and keep selling
      System.err.println("live sale of " + business.id() + " failed: " + e.getMessage());
    }
  }

  long count() {
    return sold.values().stream().mapToLong(Map::size).sum();
  }

  /** Sales of one business, for offered-load figures. */
  long count(BenchBusiness business) {
    return sold.getOrDefault(business, Map.of()).size();
  }

  /**
   * Waits up to {@code drain} for every sale to reach Xero; one still missing counts its wait so
   * far.
   */
  Latencies toXero(Duration drain) throws InterruptedException {
    Instant drainUntil = Instant.now().plus(drain);
    while (Instant.now().isBefore(drainUntil) && missing() > 0) {
      Thread.sleep(1000);
    }
    List<Duration> times = new ArrayList<>();
    Instant now = Instant.now();
    sold.forEach(
        (business, sales) -> {
          Map<String, Instant> inXero = sandbox.invoiceTimes(business.tenantId());
          sales.forEach(
              (number, soldAt) ->
                  times.add(Duration.between(soldAt, inXero.getOrDefault(number, now))));
        });
    return Latencies.of(times);
  }

  /** Live sales not yet in Xero, from the organisations' invoice counts. */
  long missing() {
    LimitsSnapshot now = sandbox.statistics();
    return sold.entrySet().stream()
        .mapToLong(
            e -> {
              String tenant = e.getKey().tenantId();
              long stored = now.invoices(tenant) - invoicesBefore.getOrDefault(tenant, 0L);
              return Math.max(0, e.getValue().size() - stored);
            })
        .sum();
  }
}
