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

    List<String> inTurn = share.inTurn(oldestDueFirst, Map.of("backfill", T));

    assertEquals(List.of("live", "backfill"), inTurn);
  }

  @Test
  void servedLongestAgoComesFirstAndTiesKeepTheOldestDueOrder() {
    List<String> oldestDueFirst = List.of("a", "b", "c", "d");
    Map<String, Instant> lastServed = Map.of("a", T.plusSeconds(20), "b", T, "c", T);

    List<String> inTurn = share.inTurn(oldestDueFirst, lastServed);

    assertEquals(List.of("d", "b", "c", "a"), inTurn);
  }
}
