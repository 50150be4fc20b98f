package com.quoox.xero.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FairShareTest {

  private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");

  private final FairShare share = new FairShare(50, 8);

  @Test
  void eachBusinessClaimsABatchOfSalesAndAsManyOtherEntriesPerTurn() {
    assertEquals(100, share.perBusiness());
    assertEquals(10, new FairShare(5, 8).perBusiness());
    assertEquals(1, new FairShare(0, 8).perBusiness(), "at least one");
  }

  @Test
  void businessNeverServedGetsALaneBeforeABackfillJustServedEvenIfItsEntryIsNewer() {
    List<String> oldestDueFirst = List.of("backfill", "live");

    List<String> chosen = share.choose(oldestDueFirst, Map.of("backfill", T), 1);

    assertEquals(List.of("live"), chosen);
  }

  @Test
  void servedLongestAgoComesFirstAndTiesKeepTheOldestDueOrder() {
    List<String> oldestDueFirst = List.of("a", "b", "c", "d");
    Map<String, Instant> lastServed = Map.of("a", T.plusSeconds(20), "b", T, "c", T);

    List<String> chosen = share.choose(oldestDueFirst, lastServed, 3);

    assertEquals(List.of("d", "b", "c"), chosen);
  }

  @Test
  void noFreeLaneChoosesNobody() {
    assertEquals(List.of(), share.choose(List.of("a", "b"), Map.of(), 0));
    assertEquals(List.of(), share.choose(List.of("a"), Map.of(), -1));
  }
}
