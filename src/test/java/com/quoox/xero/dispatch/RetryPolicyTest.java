package com.quoox.xero.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private final RetryPolicy policy =
      new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(30));

  @Test
  void delayDoublesWithEachAttemptFromTheFirstDelay() {
    assertEquals(Duration.ofSeconds(10), policy.delayAfter(1, null));
    assertEquals(Duration.ofSeconds(20), policy.delayAfter(2, null));
    assertEquals(Duration.ofSeconds(80), policy.delayAfter(4, null));
  }

  @Test
  void delayNeverExceedsTheCapEvenAfterManyAttempts() {
    assertEquals(Duration.ofMinutes(30), policy.delayAfter(12, null));
    assertEquals(Duration.ofMinutes(30), policy.delayAfter(10_000, null));
  }

  @Test
  void xerosRetryAfterWinsOverTheBackoff() {
    assertEquals(Duration.ofSeconds(2), policy.delayAfter(7, Duration.ofSeconds(2)));
  }
}
