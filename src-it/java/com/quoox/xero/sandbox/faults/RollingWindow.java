package com.quoox.xero.sandbox.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Counts calls over a rolling period (a minute, a day), as Xero's rate limits do. Not thread-safe
 * on its own.
 */
public final class RollingWindow {

  private final Duration period;
  private final int limit;
  private final Deque<Instant> calls = new ArrayDeque<>();
  // Written under the caller's lock, read by the console without it.
  private volatile int peak;

  public RollingWindow(Duration period, int limit) {
    this.period = period;
    this.limit = limit;
  }

  public boolean isFull(Instant now) {
    forgetBefore(now);
    return calls.size() >= limit;
  }

  public void record(Instant now) {
    forgetBefore(now);
    calls.add(now);
    // The busiest period always ends at a call, so checking at each call finds its true peak.
    peak = Math.max(peak, calls.size());
  }

  /** The most calls this window ever counted within one period. */
  public int peak() {
    return peak;
  }

  public int remaining(Instant now) {
    forgetBefore(now);
    return Math.max(0, limit - calls.size());
  }

  /** Whole seconds until the oldest counted call leaves the window (at least 1). */
  public long secondsUntilRoom(Instant now) {
    Instant oldest = calls.peekFirst();
    if (oldest == null) {
      return 1;
    }
    long millis = Duration.between(now, oldest.plus(period)).toMillis();
    return Math.max(1, (millis + 999) / 1000);
  }

  private void forgetBefore(Instant now) {
    Instant horizon = now.minus(period);
    while (!calls.isEmpty() && !calls.peekFirst().isAfter(horizon)) {
      calls.pollFirst();
    }
  }
}
