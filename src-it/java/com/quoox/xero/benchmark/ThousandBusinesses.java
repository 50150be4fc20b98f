package com.quoox.xero.benchmark;

import java.time.Duration;
import java.util.List;

/**
 * The second row: a thousand businesses connected, a tenth of them selling now and then
 * (each sale finds its business idle); how soon such a sale reaches Xero, and how much the module's
 * heap grew from before they were connected to after the row.
 */
final class ThousandBusinesses {

  private static final long MB = 1024 * 1024;

  private ThousandBusinesses() {}

  /** Answers the businesses connected, for the rows after it. */
  static List<BenchBusiness> measure(
      Shops shops, RemoteSandbox sandbox, ModuleHeap heap, BenchmarkSettings s, ResultTable table)
      throws InterruptedException {
    long heapBefore = heap.usedAfterGc();
    List<BenchBusiness> businesses = shops.connect("bench-k", s.thousandBusinesses());
    int selling = Math.max(1, (int) Math.round(businesses.size() * s.thousandSellingShare()));
    LiveSales sales =
        LiveSales.sell(
            sandbox, businesses.subList(0, selling), s.thousandSaleInterval(), s.thousandWindow());
    Latencies latencies = sales.toXero(s.drain());
    long heapAfter = heap.usedAfterGc();
    table.judged(
        String.format(
            "%d connected, %d selling 1 sale/%ds: idle sale → Xero p50 (n=%d)",
            businesses.size(), selling, s.thousandSaleInterval().toSeconds(), latencies.count()),
        ResultTable.seconds(latencies.p50()),
        "< 2 s",
        latencies.p50().compareTo(Duration.ofSeconds(2)) < 0,
        "");
    table.figure("  idle sale → Xero p99", ResultTable.seconds(latencies.p99()), "");
    boolean read = heapBefore >= 0 && heapAfter >= 0;
    long growth = heapAfter - heapBefore;
    table.judged(
        "  module heap growth (after GC, before connecting → after the row)",
        read ? String.format("%,d MB", growth / MB) : "not read",
        "< 100 MB",
        read && growth < 100 * MB,
        read
            ? String.format("%,d MB → %,d MB", heapBefore / MB, heapAfter / MB)
            : "jboss-cli gave no heap figure");
    return businesses;
  }
}
