package com.quoox.xero.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The businesses this node is sending to right now, one lane each, and when each was last served. A
 * business has at most one lane, so its entries go one after another: a refund after its sale's
 * invoice, and never more than one of Xero's 5 concurrent calls per tenant from this node.
 */
final class BusinessLanes {

  /** How many "last served" times are kept before old ones are forgotten. */
  private static final int REMEMBERED = 10_000;

  /** Business → when its lane last made progress (opened, or began an entry). */
  private final Map<String, Instant> busy = new ConcurrentHashMap<>();

  private final Map<String, Instant> lastServed = new ConcurrentHashMap<>();

  Set<String> busy() {
    return Set.copyOf(busy.keySet());
  }

  Map<String, Instant> lastServed() {
    return Map.copyOf(lastServed);
  }

  /** Opens the business's lane; false when it already has one. */
  boolean open(String businessId, Instant now) {
    return busy.putIfAbsent(businessId, now) == null;
  }

  /** The lane began its next entry: its claims' lease was just extended. */
  void progress(String businessId, Instant now) {
    busy.replace(businessId, now);
  }

  void close(String businessId, Instant now) {
    lastServed.put(businessId, now);
    busy.remove(businessId);
    if (lastServed.size() > REMEMBERED) {
      // Forgotten businesses simply rank as never served: first in line, which is harmless.
      lastServed.clear();
    }
  }

  /**
   * Why a lane looks stuck: it has been on one entry (or waiting for a thread) longer than a lease,
   * so its claims may have lapsed and another node may be sending them.
   */
  Optional<String> stuck(Duration lease, Instant now) {
    return busy.entrySet().stream()
        .filter(lane -> lane.getValue().plus(lease).isBefore(now))
        .findFirst()
        .map(
            lane ->
                "the lane of business "
                    + lane.getKey()
                    + " has made no progress since "
                    + lane.getValue());
  }
}
