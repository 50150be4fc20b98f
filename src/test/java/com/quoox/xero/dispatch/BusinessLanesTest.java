package com.quoox.xero.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessLanesTest {

  private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(2);

  private final BusinessLanes lanes = new BusinessLanes();

  @Test
  void aBusinessHasOneLaneAtATimeSoItsEntriesStayInOrder() {
    assertTrue(lanes.open("a", T));
    assertFalse(lanes.open("a", T.plusSeconds(1)));
    assertEquals(Set.of("a"), lanes.busy());

    lanes.close("a", T.plusSeconds(5), false);

    assertEquals(Set.of(), lanes.busy());
    assertEquals(Map.of("a", T.plusSeconds(5)), lanes.lastServed());
    assertTrue(lanes.open("a", T.plusSeconds(6)));
  }

  @Test
  void laneWithoutProgressForLongerThanTheLeaseIsStuck() {
    lanes.open("slow", T);

    assertEquals(Optional.empty(), lanes.stuck(LEASE, T.plus(LEASE)));
    assertTrue(lanes.stuck(LEASE, T.plus(LEASE).plusSeconds(1)).orElseThrow().contains("slow"));
  }

  @Test
  void laneThatKeepsBeginningEntriesIsNotStuckHoweverLongItRuns() {
    lanes.open("backfill", T);
    lanes.progress("backfill", T.plus(LEASE));

    assertEquals(Optional.empty(), lanes.stuck(LEASE, T.plus(LEASE).plusSeconds(30)));
  }

  @Test
  void closedLaneIsNeverStuck() {
    lanes.open("a", T);
    lanes.close("a", T.plusSeconds(1), false);
    lanes.progress("a", T.plusSeconds(2));

    assertEquals(Optional.empty(), lanes.stuck(LEASE, T.plus(Duration.ofHours(1))));
    assertEquals(Set.of(), lanes.busy());
  }

  private static final Duration WINDOW = Duration.ofSeconds(1);

  @Test
  void idleBusinessGoesAtOnce() {
    assertEquals(Optional.empty(), lanes.coalescedUntil("never-served", WINDOW, T));

    lanes.open("a", T);
    lanes.close("a", T, false);

    assertEquals(Optional.empty(), lanes.coalescedUntil("a", WINDOW, T.plus(WINDOW)));
  }

  @Test
  void businessJustServedThatTookAllItHadWaitsForTheWindowSoItsNextSalesShareACall() {
    lanes.open("live", T);
    lanes.close("live", T, false);

    assertEquals(
        Optional.of(T.plus(WINDOW)), lanes.coalescedUntil("live", WINDOW, T.plusMillis(300)));
  }

  @Test
  void backlogIsNeverHeldBackSinceEachTurnIsFullAnyway() {
    lanes.open("backfill", T);
    lanes.close("backfill", T, true);

    assertEquals(Optional.empty(), lanes.coalescedUntil("backfill", WINDOW, T.plusMillis(1)));
  }

  @Test
  void backlogThatRanOutIsCoalescedFromItsFirstPartialTurn() {
    lanes.open("b", T);
    lanes.close("b", T, true);
    lanes.open("b", T.plusSeconds(1));
    lanes.close("b", T.plusSeconds(2), false);

    assertEquals(
        Optional.of(T.plusSeconds(2).plus(WINDOW)),
        lanes.coalescedUntil("b", WINDOW, T.plusSeconds(2)));
  }
}
