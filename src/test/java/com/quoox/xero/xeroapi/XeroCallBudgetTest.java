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
    budget.answered("t1", Instant.now(), 2L, 4000L, 9000L, null);

    assertEquals(Optional.empty(), budget.holdUntil("t1"));
  }

  @Test
  void holdsAnOrganisationDownToItsMinuteReserveUntilItsOnlyCallLeavesTheMinute() {
    Instant answered = Instant.now();
    budget.answered("t1", answered, 1L, 4000L, 9000L, null);

    assertEquals(answered.plusSeconds(60), budget.holdUntil("t1").orElseThrow());
    assertEquals(Optional.empty(), budget.holdUntil("t2"), "another organisation sends on");
  }

  @Test
  void aBackfillAtItsMinuteReserveWaitsOnlyUntilItsOldestCallOfTheMinuteLeavesIt() {
    Instant first = Instant.now().minusSeconds(50);
    for (int call = 0; call < 58; call++) {
      budget.answered("t1", first.plusMillis(850L * call), 59L - call, 4000L, 9000L, null);
    }
    assertEquals(Optional.empty(), budget.holdUntil("t1"), "two left, one above the reserve");

    budget.answered("t1", first.plusMillis(850L * 58), 1L, 4000L, 9000L, null);

    assertEquals(
        first.plusSeconds(60),
        budget.holdUntil("t1").orElseThrow(),
        "free again when the first of the minute's calls leaves it, not a minute from now");
  }

  @Test
  void spentBeyondTheReserveItWaitsForAsManyOfItsCallsToLeaveTheMinute() {
    Instant first = Instant.now().minusSeconds(30);
    budget.answered("t1", first, 5L, 4000L, 9000L, null);
    budget.answered("t1", first.plusSeconds(1), 4L, 4000L, 9000L, null);
    budget.answered("t1", first.plusSeconds(2), 0L, 4000L, 9000L, null); // another node's calls

    assertEquals(
        first.plusSeconds(61),
        budget.holdUntil("t1").orElseThrow(),
        "two calls above none left: its second-oldest must leave too");
  }

  @Test
  void notKnowingEnoughOfItsCallsItWaitsAWholeMinute() {
    Instant before = Instant.now();
    budget.answered("t1", Instant.now(), 0L, 4000L, 9000L, null); // e.g. its lane was on a node

    Instant until = budget.holdUntil("t1").orElseThrow();
    assertTrue(!until.isBefore(before.plusSeconds(60)) && until.isBefore(before.plusSeconds(61)));
  }

  @Test
  void aCallXeroRefusedWithARetryAfterIsNotCountedAsOneOfTheMinutes() {
    Instant refused = Instant.now().minusSeconds(40);
    budget.answered("t1", refused, 0L, 4000L, 9000L, Duration.ofSeconds(1));
    Instant answered = Instant.now();
    budget.answered("t1", answered, 1L, 4000L, 9000L, null);

    assertEquals(
        answered.plusSeconds(60),
        budget.holdUntil("t1").orElseThrow(),
        "the refused call may not be in Xero's minute, so it frees nothing");
  }

  @Test
  void aRateLimitAnswerHoldsOnlyAsLongAsXerosRetryAfter() {
    Instant before = Instant.now();
    budget.answered("t1", Instant.now(), 0L, 4000L, 9000L, Duration.ofSeconds(2));

    Instant until = budget.holdUntil("t1").orElseThrow();
    assertTrue(!until.isBefore(before.plusSeconds(2)) && until.isBefore(before.plusSeconds(3)));
  }

  @Test
  void holdsAnOrganisationDownToItsDayReserveForAnHour() {
    Instant before = Instant.now();
    budget.answered("t1", Instant.now(), 50L, 100L, 9000L, null);

    Instant until = budget.holdUntil("t1").orElseThrow();
    assertTrue(!until.isBefore(before.plus(Duration.ofHours(1))));
  }

  @Test
  void holdsEveryOrganisationWhenTheAppsMinuteIsDownToItsReserve() {
    budget.answered("t1", Instant.now(), 50L, 4000L, 200L, null);

    assertTrue(budget.holdUntil("t1").isPresent());
    assertTrue(budget.holdUntil("t2").isPresent());
  }

  @Test
  void aNewerAnswerWithMoreLeftEndsTheHold() {
    budget.answered("t1", Instant.now(), 1L, 4000L, 9000L, null);
    budget.answered("t1", Instant.now(), 59L, 4000L, 9000L, null);

    assertEquals(Optional.empty(), budget.holdUntil("t1"));
  }

  @Test
  void anAnswerWithoutTheHeadersChangesNothing() {
    budget.answered("t1", Instant.now(), 1L, 4000L, 9000L, null);
    budget.answered("t1", Instant.now(), null, null, null, null);

    assertTrue(budget.holdUntil("t1").isPresent());
  }
}
