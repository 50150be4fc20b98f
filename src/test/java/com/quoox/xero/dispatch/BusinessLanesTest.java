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

    lanes.close("a", T.plusSeconds(5));

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
    lanes.close("a", T.plusSeconds(1));
    lanes.progress("a", T.plusSeconds(2));

    assertEquals(Optional.empty(), lanes.stuck(LEASE, T.plus(Duration.ofHours(1))));
    assertEquals(Set.of(), lanes.busy());
  }
}
