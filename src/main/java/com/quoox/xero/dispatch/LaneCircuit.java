package com.quoox.xero.dispatch;

import java.time.Duration;
import java.time.Instant;

/**
 * A business's own circuit breaker (pure): after {@code threshold} consecutive transient failures
 * of its Xero (5xx, timeout, network; not a 429, whose Retry-After is honoured per entry) its lane
 * stops claiming for a cool-off; the first send after the cool-off is a trial, and if it fails too
 * the circuit opens again for twice as long, up to {@code maxCoolOff}. Any answer from Xero closes
 * it and forgets the failures.
 */
public record LaneCircuit(int threshold, Duration coolOff, Duration maxCoolOff) {

  /**
   * Until when the circuit opens after one more failure, given the failures counted so far
   * (including this one) and how often it opened since Xero last answered; null: it stays closed.
   */
  Instant openUntil(int consecutiveFailures, int openings, Instant now) {
    boolean trialFailed = openings > 0;
    if (!trialFailed && consecutiveFailures < Math.max(1, threshold)) {
      return null;
    }
    return now.plus(coolOff(openings));
  }

  /** The cool-off of the circuit's {@code openings + 1}-th opening in a row: doubled, capped. */
  Duration coolOff(int openings) {
    Duration delay = coolOff.multipliedBy(1L << Math.min(Math.max(0, openings), 20));
    return delay.compareTo(maxCoolOff) > 0 ? maxCoolOff : delay;
  }
}
