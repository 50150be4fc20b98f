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

  /** Businesses whose last turn claimed less than a full share: they sell live, not back-fill. */
  private final Set<String> lastTurnPartial = ConcurrentHashMap.newKeySet();

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

  /**
   * The business's lane ended; {@code claimedFull}: it had claimed a full share, so more of a
   * backlog may be waiting.
   */
  void close(String businessId, Instant now, boolean claimedFull) {
    lastServed.put(businessId, now);
    if (claimedFull) {
      lastTurnPartial.remove(businessId);
    } else {
      lastTurnPartial.add(businessId);
    }
    busy.remove(businessId);
    if (lastServed.size() > REMEMBERED) {
      // Forgotten businesses simply rank as never served: first in line, which is harmless.
      lastServed.clear();
      lastTurnPartial.clear();
    }
  }

  /**
   * When the business's next turn may begin so that its live sales go several to a call: a business
   * whose last turn ended less than {@code window} ago, and took all it had (it sells as it goes,
   * with no backlog), waits until {@code window} after it; empty when it may go now. An idle
   * business (not served within the window) goes at once, and so does a backlog, whose every turn
   * is full anyway.
   */
  Optional<Instant> coalescedUntil(String businessId, Duration window, Instant now) {
    Instant served = lastServed.get(businessId);
    if (served == null || !lastTurnPartial.contains(businessId)) {
      return Optional.empty();
    }
    Instant until = served.plus(window);
    return until.isAfter(now) ? Optional.of(until) : Optional.empty();
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
