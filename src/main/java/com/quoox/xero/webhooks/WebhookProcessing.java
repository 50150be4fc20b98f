package com.quoox.xero.webhooks;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
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
  private static final long GATHER_MILLIS = 250;

  private static final long SWEEP_SECONDS = 30;

  private static final int CLAIM = 1000;

  private static final Duration LEASE = Duration.ofMinutes(2);

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService executor;

  @Inject WebhookEvents events;

  @Inject OrganisationEvents organisations;

  private final AtomicBoolean wakeScheduled = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();
  private final ReentrantLock draining = new ReentrantLock();
  private ScheduledFuture<?> sweep;

  void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    sweep =
        executor.scheduleWithFixedDelay(
            this::drain, SWEEP_SECONDS, SWEEP_SECONDS, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (sweep != null) {
      sweep.cancel(false);
    }
  }

  /** New events were stored: process them shortly, on another thread. */
  void wake() {
    if (wakeScheduled.compareAndSet(false, true)) {
      executor.schedule(
          () -> {
            wakeScheduled.set(false);
            drain();
          },
          GATHER_MILLIS,
          TimeUnit.MILLISECONDS);
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
    while (!(claimed = events.claimDue(CLAIM, LEASE)).isEmpty()) {
      Map<String, List<XeroWebhookEvent>> byTenant = new LinkedHashMap<>();
      for (XeroWebhookEvent event : claimed) {
        byTenant.computeIfAbsent(event.getTenantId(), t -> new ArrayList<>()).add(event);
      }
      byTenant.forEach(organisations::process);
    }
  }
}
