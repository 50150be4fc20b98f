package com.quoox.xero.xeroapi;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
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

  private final Map<String, Reading> day = new ConcurrentHashMap<>();

  private volatile Reading appMinute;

  /**
   * Records what an answer for {@code tenant} said is left (null: not in the answer). A 429's
   * {@code Retry-After} says when the spent window renews; otherwise it renews within its length.
   */
  void answered(
      String tenant, Long minuteLeft, Long dayLeft, Long appMinuteLeft, Duration retryAfter) {
    Instant now = Instant.now();
    if (tenant != null && minuteLeft != null) {
      minute.put(tenant, reading(minuteLeft, now, MINUTE, retryAfter));
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
