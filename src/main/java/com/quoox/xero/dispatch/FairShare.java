package com.quoox.xero.dispatch;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Shares a round's claims out between businesses, so that one business's slow Xero or big backlog
 * never crowds out another's sales: at most {@code maxLanes} businesses are sent to at once, each
 * claims a batch of sales and their payments per turn, and free lanes go first to businesses never
 * served or served longest ago, so a 10,000-entry back-fill takes turns with live sales instead of
 * filling every claim.
 */
record FairShare(int batchSize, int maxLanes) {

  /**
   * Entries a business's lane claims per turn: a batch of sales, which go to Xero in one call (an
   * organisation has 60 calls a minute), and as many other entries, since most sales bring one (the
   * payment taken with them, which waits for the sale's invoice). Fairness comes from the lanes:
   * each business has at most one, and free lanes go to those served longest ago.
   */
  int perBusiness() {
    return Math.max(1, 2 * batchSize);
  }

  /**
   * In which order {@code due} (businesses with due entries and no lane, oldest due entry first)
   * get free lanes: never served first, then served longest ago; ties keep {@code due}'s order. The
   * dispatcher goes down the list until its lanes are full, so a business whose lane another node
   * took a moment ago gives its turn to the next, not to the next round.
   */
  List<String> inTurn(List<String> due, Map<String, Instant> lastServed) {
    return due.stream()
        .sorted(Comparator.comparing(business -> lastServed.getOrDefault(business, Instant.MIN)))
        .toList();
  }
}
