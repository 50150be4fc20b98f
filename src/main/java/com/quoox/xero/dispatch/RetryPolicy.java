package com.quoox.xero.dispatch;

import java.time.Duration;

/**
 * When to try again after a transient failure: Xero's own Retry-After when it gave one, else an
 * exponential backoff (first delay, doubled per attempt, capped) so an outage is not hammered.
 */
record RetryPolicy(Duration firstDelay, Duration maxDelay) {

  Duration delayAfter(int attempts, Duration xeroAskedFor) {
    if (xeroAskedFor != null) {
      return xeroAskedFor;
    }
    int doublings = Math.max(0, Math.min(attempts - 1, 20));
    Duration delay = firstDelay.multipliedBy(1L << doublings);
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }
}
