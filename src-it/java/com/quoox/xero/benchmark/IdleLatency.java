package com.quoox.xero.benchmark;

import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.it.support.TestBusiness;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Idle latency: one sale at a time on a quiet module, from the moment the till sends it (its commit
 * follows) to the sandbox storing the invoice.
 */
final class IdleLatency {

  private IdleLatency() {}

  static void measure(TestBusiness shop, BenchmarkSettings settings, ResultTable table)
      throws InterruptedException {
    Map<String, Instant> sold = new HashMap<>();
    for (int i = 1; i <= settings.idleSales(); i++) {
      SaleCompleted sale = shop.cafeSale();
      sold.put(sale.saleNumber(), Instant.now());
      shop.sell(sale);
      shop.awaitInvoices(i);
      Thread.sleep(settings.idlePause().toMillis());
    }
    Map<String, Instant> inXero = XeroLog.invoiceTimes(shop.xero);
    List<Duration> times = new ArrayList<>();
    sold.forEach((number, sentAt) -> times.add(Duration.between(sentAt, inXero.get(number))));
    Latencies latencies = Latencies.of(times);
    String n = " (n=" + latencies.count() + ")";
    table.judged(
        "idle sale → Xero, p50" + n,
        ResultTable.seconds(latencies.p50()),
        "< 2 s",
        latencies.p50().compareTo(Duration.ofSeconds(2)) < 0,
        "");
    table.figure("idle sale → Xero, p99" + n, ResultTable.seconds(latencies.p99()), "");
  }
}
