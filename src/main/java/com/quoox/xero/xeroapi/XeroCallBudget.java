package com.quoox.xero.xeroapi;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What Xero says is left of each organisation's minute and day and of the app's minute, from the
 * {@code X-MinLimit-Remaining}, {@code X-DayLimit-Remaining} and {@code X-AppMinLimit-Remaining}
 * headers of its answers (DESIGN §4). The dispatcher holds an organisation's sends once the budget
 * is down to a reserve, so test connections and the settings screen's lists (which are never held)
 * still get through, and sends never run into a 429 they could have foreseen.
 *
 * <p>Xero counts the calls of every node, so its headers are the budget all nodes share: each node
 * reads them from its own answers and stops at the same reserve. No state of our own is shared, so
 * nodes need no coordination; two nodes sending in the same instant can still overrun the minute by
 * a call, and that 429 is planned for: its Retry-After holds the organisation's sends.
 */
@ApplicationScoped
public class XeroCallBudget {

  /**
   * Calls of the minute kept back: one, for a test connection or another node's call. The minute
   * renews within 60 s, so a larger reserve would only cost a busy venue throughput (each call
   * carries 50 invoices) while its screens could at worst wait seconds.
   */
  static final int MINUTE_RESERVE = 1;

  /**
   * Calls of the day kept for interactive use (a day's test connections and settings screens): a
   * back-fill must not leave the business unable to open its own settings until tomorrow.
   */
  static final int DAY_RESERVE = 100;

  /** Calls of the app's minute left to interactive use, across every organisation. */
  static final int APP_MINUTE_RESERVE = 200;

  private static final Duration MINUTE = Duration.ofMinutes(1);

  /** Xero's day is a rolling 24 hours: look again within the hour. */
  private static final Duration DAY_RECHECK = Duration.ofHours(1);

  /** Calls left, and when the window they were counted in has renewed. */
  private record Reading(long remaining, Instant renewed) {}

  private final Map<String, Reading> minute = new ConcurrentHashMap<>();

  /** When Xero answered this node's calls for each organisation within the last minute. */
  private final Map<String, Deque<Instant>> recentCalls = new ConcurrentHashMap<>();

  private final Map<String, Reading> day = new ConcurrentHashMap<>();

  private volatile Reading appMinute;

  /**
   * Records what an answer for {@code tenant}, received at {@code answeredAt}, said is left (null:
   * not in the answer). A 429's {@code Retry-After} says when the spent window renews. Otherwise
   * the day renews within its length, and the minute as soon as enough of our own calls in it have
   * left it ({@link #minuteFreedAt}).
   */
  void answered(
      String tenant,
      Instant answeredAt,
      Long minuteLeft,
      Long dayLeft,
      Long appMinuteLeft,
      Duration retryAfter) {
    Instant now = Instant.now();
    if (tenant != null && retryAfter == null) {
      rememberCall(tenant, answeredAt, now);
    }
    if (tenant != null && minuteLeft != null) {
      minute.put(
          tenant,
          retryAfter != null
              ? reading(minuteLeft, now, MINUTE, retryAfter)
              : new Reading(minuteLeft, minuteFreedAt(tenant, minuteLeft, now)));
    }
    if (tenant != null && dayLeft != null) {
      day.put(tenant, reading(dayLeft, now, DAY_RECHECK, retryAfter));
    }
    if (appMinuteLeft != null) {
      appMinute = reading(appMinuteLeft, now, MINUTE, retryAfter);
    }
  }

  /**
   * Until when sends to {@code tenant} should wait so the reserves stay free, or empty to send now.
   */
  public Optional<Instant> holdUntil(String tenant) {
    Instant now = Instant.now();
    Instant until = null;
    until = later(until, spent(minute.get(tenant), MINUTE_RESERVE, now));
    until = later(until, spent(day.get(tenant), DAY_RESERVE, now));
    until = later(until, spent(appMinute, APP_MINUTE_RESERVE, now));
    return Optional.ofNullable(until);
  }

  /**
   * When the organisation's minute has a call above the reserve again. Xero's minute is a window of
   * the last 60 seconds (its documentation does not say rolling or fixed; a fixed minute renews no
   * later): for {@code k} more calls, the {@code k} oldest calls in it must leave it. Ours are
   * known by when Xero answered them: Xero counted each before it answered, however slow the way
   * there was, so a minute after the answer it has surely left. Any call of another node in the
   * window only frees the minute sooner, and one Xero refused with a 429 is not remembered, as Xero
   * may not count it. So the minute is free again a minute after our {@code k}-th oldest answer of
   * the last minute, or, not knowing that many, after a whole minute. Holding a back-fill a whole
   * minute each time it reached the reserve would waste most of the organisation's minute.
   */
  private Instant minuteFreedAt(String tenant, long minuteLeft, Instant now) {
    long needed = MINUTE_RESERVE + 1 - minuteLeft;
    if (needed <= 0) {
      return now.plus(MINUTE);
    }
    List<Instant> calls = callsWithinMinute(tenant, now);
    if (calls.size() < needed) {
      return now.plus(MINUTE);
    }
    return calls.get((int) needed - 1).plus(MINUTE);
  }

  private void rememberCall(String tenant, Instant answeredAt, Instant now) {
    Deque<Instant> calls = recentCalls.computeIfAbsent(tenant, t -> new ArrayDeque<>());
    synchronized (calls) {
      calls.addLast(answeredAt);
      while (!calls.isEmpty() && !calls.peekFirst().isAfter(now.minus(MINUTE))) {
        calls.removeFirst();
      }
    }
  }

  /** When Xero answered our calls to the organisation within the last minute, oldest first. */
  private List<Instant> callsWithinMinute(String tenant, Instant now) {
    Deque<Instant> calls = recentCalls.get(tenant);
    if (calls == null) {
      return List.of();
    }
    synchronized (calls) {
      return calls.stream().filter(at -> at.isAfter(now.minus(MINUTE))).sorted().toList();
    }
  }

  private static Reading reading(long left, Instant now, Duration window, Duration retryAfter) {
    return new Reading(left, now.plus(retryAfter != null ? retryAfter : window));
  }

  /** When the reading's window renews, if it is down to the reserve and not renewed yet. */
  private static Instant spent(Reading reading, int reserve, Instant now) {
    if (reading == null || reading.remaining() > reserve || !reading.renewed().isAfter(now)) {
      return null;
    }
    return reading.renewed();
  }

  private static Instant later(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }
}
