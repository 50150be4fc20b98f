package com.quoox.xero.benchmark;

/**
 * The last row, over the whole run: the app's busiest rolling minute, and whether any
 * organisation was sent more than Xero allows at once (a call beyond 5 is answered a "concurrent"
 * 429, so the refusals show an overrun the peak, capped by the sandbox, cannot).
 */
final class AppWideLimits {

  private AppWideLimits() {}

  static void measure(RemoteSandbox sandbox, ResultTable table) {
    LimitsSnapshot run = sandbox.statistics();
    table.judged(
        "whole run: app calls in the busiest rolling minute",
        String.format("%,d", run.appPeakPerMinute()),
        "≤ 10,000",
        run.appPeakPerMinute() <= Limits.APP_CALLS_PER_MINUTE && run.refused("appminute") == 0,
        run.refused("appminute") + " appminute 429s");
    long concurrent = run.refused("concurrent");
    table.judged(
        "  most calls in flight for one organisation; concurrent 429s",
        run.peakInFlight() + "; " + concurrent,
        "≤ 5; 0",
        run.peakInFlight() <= Limits.CONCURRENT && concurrent == 0,
        "");
    table.figure(
        "  most calls in a rolling minute for one organisation; minute 429s",
        run.peakPerMinute() + "; " + run.refused("minute"),
        "Xero: 60 a minute");
  }
}
