package com.quoox.xero.dispatch;

import com.quoox.xero.outbox.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Businesses whose last readiness check found something blocking (a locked day, a tax rate the
 * tills do not charge, an archived account): their sales wait, with that reason in the sync log,
 * instead of being refused or booked wrongly one by one. A hold older than {@link #RECHECK} is
 * checked again before the lane holds on, so a fix made in Xero alone releases it.
 */
@ApplicationScoped
public class ReadinessHolds {

  private static final Logger LOG = Logger.getLogger(ReadinessHolds.class);

  /** How long a readiness check's verdict stands before the lane asks for a new one. */
  static final Duration RECHECK = Duration.ofMinutes(10);

  /** How soon held entries look again. */
  static final Duration WAIT = Duration.ofMinutes(1);

  /** Asks the readiness check to look at a held business again. */
  public record RecheckReadiness(String businessId) {}

  private record Hold(String reason, Instant checkedAt) {}

  private final Map<String, Hold> holds = new ConcurrentHashMap<>();

  @Inject Event<RecheckReadiness> recheck;

  @Inject OutboxRepository outbox;

  /** Lazily: the dispatcher's lanes use the holds, and the holds wake the dispatcher. */
  @Inject Instance<OutboxDispatcher> dispatcher;

  /** The readiness check found blocking items, in {@code reason}'s words. */
  public void hold(String businessId, String reason) {
    if (holds.put(businessId, new Hold(reason, Instant.now())) == null) {
      LOG.infof("Xero sync: business %s held until it is ready: %s", businessId, reason);
    }
  }

  /**
   * The readiness check found nothing blocking, or the settings it judged were changed: the held
   * sales go at once, not after their wait (a new check holds them again if still blocking).
   */
  public void release(String businessId) {
    if (holds.remove(businessId) != null) {
      LOG.infof("Xero sync: business %s is ready again; its sales go", businessId);
      if (outbox.wakeWaiting(businessId) > 0) {
        dispatcher.get().wake();
      }
    }
  }

  /** Why the business's sales wait, or empty; an old hold is checked again first. */
  Optional<String> reasonFor(String businessId) {
    Hold hold = holds.get(businessId);
    if (hold != null && hold.checkedAt().plus(RECHECK).isBefore(Instant.now())) {
      try {
        recheck.fire(new RecheckReadiness(businessId));
      } catch (RuntimeException e) {
        // Xero could not be asked: sales go, and Xero's own answers say what is wrong.
        LOG.warnf("Readiness of business %s could not be checked again: %s", businessId, e);
        release(businessId);
      }
      hold = holds.get(businessId);
    }
    return hold == null ? Optional.empty() : Optional.of(hold.reason());
  }
}
