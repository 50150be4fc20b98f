package com.quoox.xero.sandbox.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Xero's per-tenant budgets (calls per minute, per day, in flight) plus the app-wide per-minute
 * budget shared by all tenants; refuses a call with the problem name and Retry-After that Xero
 * would send.
 */
public final class TenantRateLimiter {

  /** The outcome of asking for a call slot; a refusal names Xero's X-Rate-Limit-Problem. */
  public record Decision(boolean allowed, String problem, long retryAfterSeconds) {}

  private final SandboxLimits limits;
  private final RollingWindow minute;
  private final RollingWindow day;
  private final RollingWindow app;
  private int inFlight;
  private int peakInFlight;
  private long admitted;
  private final Map<String, Long> refused = new TreeMap<>();

  /**
   * What the limits saw of one tenant: calls let through, the most in flight at once, the most in
   * any rolling minute, and the calls refused by problem (minute, concurrent, day, appminute).
   */
  public record Statistics(
      long calls, int peakInFlight, int peakPerMinute, Map<String, Long> refused) {}

  public TenantRateLimiter(SandboxLimits limits, RollingWindow app) {
    this.limits = limits;
    this.minute = new RollingWindow(Duration.ofMinutes(1), limits.perMinute());
    this.day = new RollingWindow(Duration.ofDays(1), limits.perDay());
    this.app = app;
  }

  public Decision tryAcquire() {
    Decision decision = decide();
    if (!decision.allowed()) {
      synchronized (this) {
        refused.merge(decision.problem(), 1L, Long::sum);
      }
    }
    return decision;
  }

  private Decision decide() {
    Instant now = Instant.now();
    synchronized (app) {
      synchronized (this) {
        if (inFlight >= limits.concurrent()) {
          // Answered without Retry-After: a call in flight may end any moment.
          return new Decision(false, "concurrent", 0);
        }
        if (day.isFull(now)) {
          return new Decision(false, "day", day.secondsUntilRoom(now));
        }
        if (minute.isFull(now)) {
          return new Decision(false, "minute", minute.secondsUntilRoom(now));
        }
        if (app.isFull(now)) {
          return new Decision(false, "appminute", app.secondsUntilRoom(now));
        }
        minute.record(now);
        day.record(now);
        app.record(now);
        inFlight++;
        admitted++;
        peakInFlight = Math.max(peakInFlight, inFlight);
        return new Decision(true, null, 0);
      }
    }
  }

  public synchronized void release() {
    inFlight--;
  }

  public synchronized Statistics statistics() {
    return new Statistics(admitted, peakInFlight, minute.peak(), Map.copyOf(refused));
  }

  /** The X-*-Remaining headers Xero puts on every answer; the SDK reads them on a 429. */
  public Map<String, String> remainingHeaders() {
    Instant now = Instant.now();
    synchronized (app) {
      synchronized (this) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-MinLimit-Remaining", String.valueOf(minute.remaining(now)));
        headers.put("X-DayLimit-Remaining", String.valueOf(day.remaining(now)));
        headers.put("X-AppMinLimit-Remaining", String.valueOf(app.remaining(now)));
        return headers;
      }
    }
  }
}
