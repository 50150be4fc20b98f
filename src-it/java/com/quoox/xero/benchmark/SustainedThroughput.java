package com.quoox.xero.benchmark;

import com.quoox.xero.it.support.TestBusiness;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sustained rate of one business: a backlog larger than a batching module could send in the window,
 * then the invoices Xero stored per minute and the 429s it answered.
 */
final class SustainedThroughput {

  /** Xero's 60 calls a minute per organisation, 50 invoices per batch call (DESIGN §4). */
  static final int CEILING_PER_MINUTE = 60 * 50;

  private SustainedThroughput() {}

  static void measure(Shops shops, TestBusiness shop, BenchmarkSettings settings, ResultTable table)
      throws InterruptedException {
    // The window opens as the backlog is fired: the module starts sending with the first sale.
    Instant from = Instant.now();
    Instant until = from.plus(settings.sustainedWindow());
    shops.burst(shop, settings.sustainedBacklog());
    Thread.sleep(Math.max(0, Duration.between(Instant.now(), until).toMillis()));
    shops.pause(shop);
    double minutes = BenchmarkSettings.minutes(settings.sustainedWindow());
    long invoices = XeroLog.invoicesStored(List.of(shop.xero), from, until);
    long calls = XeroLog.count(List.of(shop.xero), from, until, XeroLog::isInvoiceCreated);
    long refused = XeroLog.count(List.of(shop.xero), from, until, XeroLog::isTooManyRequests);
    double perMinute = invoices / minutes;
    table.judged(
        String.format("sustained invoices/min, 1 business (%.1f min)", minutes),
        String.format("%.0f", perMinute),
        "≥ 95 % of 3,000",
        perMinute >= 0.95 * CEILING_PER_MINUTE,
        "sends hold 60 s after the reading that left 1 call; Xero's window rolls, frees sooner");
    table.figure(
        "  invoice create calls/min (up to 50 invoices each)",
        String.format("%.0f", calls / minutes),
        "60 a minute per organisation");
    table.figure(
        "  429s answered to it in the window",
        String.valueOf(refused),
        "backlog " + settings.sustainedBacklog() + " sales");
  }
}
