package com.quoox.xero.xeroapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class XeroCallBudgetTest {

  private final XeroCallBudget budget = new XeroCallBudget();

  @Test
  void sendsWhileMoreThanTheReserveIsLeft() {
    budget.answered("t1", 2L, 4000L, 9000L, null);

    assertEquals(Optional.empty(), budget.holdUntil("t1"));
  }

  @Test
  void holdsAnOrganisationDownToItsMinuteReserveUntilItsMinuteRenews() {
    Instant before = Instant.now();
    budget.answered("t1", 1L, 4000L, 9000L, null);

    Instant until = budget.holdUntil("t1").orElseThrow();
    assertTrue(!until.isBefore(before.plusSeconds(60)) && until.isBefore(before.plusSeconds(61)));
    assertEquals(Optional.empty(), budget.holdUntil("t2"), "another organisation sends on");
  }

  @Test
  void aRateLimitAnswerHoldsOnlyAsLongAsXerosRetryAfter() {
    Instant before = Instant.now();
    budget.answered("t1", 0L, 4000L, 9000L, Duration.ofSeconds(2));

    Instant until = budget.holdUntil("t1").orElseThrow();
    assertTrue(!until.isBefore(before.plusSeconds(2)) && until.isBefore(before.plusSeconds(3)));
  }

  @Test
  void holdsAnOrganisationDownToItsDayReserveForAnHour() {
    Instant before = Instant.now();
    budget.answered("t1", 50L, 100L, 9000L, null);

    Instant until = budget.holdUntil("t1").orElseThrow();
    assertTrue(!until.isBefore(before.plus(Duration.ofHours(1))));
  }

  @Test
  void holdsEveryOrganisationWhenTheAppsMinuteIsDownToItsReserve() {
    budget.answered("t1", 50L, 4000L, 200L, null);

    assertTrue(budget.holdUntil("t1").isPresent());
    assertTrue(budget.holdUntil("t2").isPresent());
  }

  @Test
  void aNewerAnswerWithMoreLeftEndsTheHold() {
    budget.answered("t1", 1L, 4000L, 9000L, null);
    budget.answered("t1", 59L, 4000L, 9000L, null);

    assertEquals(Optional.empty(), budget.holdUntil("t1"));
  }

  @Test
  void anAnswerWithoutTheHeadersChangesNothing() {
    budget.answered("t1", 1L, 4000L, 9000L, null);
    budget.answered("t1", null, null, null, null);

    assertTrue(budget.holdUntil("t1").isPresent());
  }
}
