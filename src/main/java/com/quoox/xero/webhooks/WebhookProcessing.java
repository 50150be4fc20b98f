package com.quoox.xero.webhooks;

import com.quoox.xero.periodic.PeriodicWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * Processes stored webhook events after Xero's request was answered, never inside it: woken by each
 * delivery (events arriving together are read together), and every half minute for events that
 * waited (the budget, Xero failing, another node that died holding them).
 */
@ApplicationScoped
class WebhookProcessing {

  private static final Logger LOG = Logger.getLogger(WebhookProcessing.class);

  /** Deliveries within this time are processed as one: a burst becomes batches of 50 reads. */
  private static final Duration GATHER = Duration.ofMillis(250);

  private static final Duration SWEEP = Duration.ofSeconds(30);

  private static final int CLAIM = 1000;

  private static final Duration LEASE = Duration.ofMinutes(2);

  @Inject PeriodicWork periodic;

  @Inject WebhookEvents events;

  @Inject OrganisationEvents organisations;

  private final AtomicBoolean wakeScheduled = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();
  private final ReentrantLock draining = new ReentrantLock();

  void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    periodic.every("the webhook events' sweep", SWEEP, SWEEP, this::drain);
  }

  /** New events were stored: process them shortly, on another thread. */
  void wake() {
    if (wakeScheduled.compareAndSet(false, true)) {
      periodic.once(
          "webhook events' processing",
          GATHER,
          () -> {
            wakeScheduled.set(false);
            drain();
          });
    }
  }

  private void drain() {
    again.set(true);
    while (again.get() && draining.tryLock()) {
      try {
        again.set(false);
        drainOnce();
      } catch (RuntimeException e) {
        LOG.warnf(e, "Xero webhook events could not be processed now; trying again later");
      } finally {
        draining.unlock();
      }
    }
  }

  private void drainOnce() {
    List<XeroWebhookEvent> claimed;
    while (!periodic.stopping() && !(claimed = events.claimDue(CLAIM, LEASE)).isEmpty()) {
      Map<String, List<XeroWebhookEvent>> byTenant = new LinkedHashMap<>();
      for (XeroWebhookEvent event : claimed) {
        byTenant.computeIfAbsent(event.getTenantId(), t -> new ArrayList<>()).add(event);
      }
      byTenant.forEach(organisations::process);
    }
  }
}
