package com.quoox.xero.dispatch;

import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.outbox.OutboxEntryAdded;
import com.quoox.xero.outbox.OutboxRepository;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Sends due outbox entries to Xero: on a fixed tick, and at once when a sale's transaction commits
 * (so a sale reaches Xero in about a second, not at the next tick). One round runs at a time per
 * node; a wake-up during a round makes it go round again.
 */
@ApplicationScoped
public class OutboxDispatcher {

  private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class);

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService executor;

  @Inject DispatchSettings settings;

  @Inject OutboxRepository outbox;

  @Inject EntryDelivery delivery;

  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean wokenDuringRound = new AtomicBoolean();
  private ScheduledFuture<?> ticks;
  private volatile Instant roundStartedAt;
  private volatile Instant lastRoundEndedAt = Instant.now();

  void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    long millis = settings.interval().toMillis();
    ticks = executor.scheduleWithFixedDelay(this::round, millis, millis, TimeUnit.MILLISECONDS);
    LOG.infof("Xero dispatcher started on %s, every %s", settings.nodeName(), settings.interval());
  }

  /**
   * After the sale's transaction commits: only then is the entry visible, and only if it exists.
   */
  void onEntryAdded(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxEntryAdded added) {
    wake();
  }

  /** Asks for a round now, e.g. after a person asked to retry an entry. */
  public void wake() {
    executor.execute(this::round);
  }

  /**
   * Why dispatch looks stuck, or empty when it is healthy: a round running longer than a claim's
   * lease (a hung call to Xero), or no round at all for ten ticks (the schedule died).
   */
  public Optional<String> stuckReason() {
    Instant now = Instant.now();
    Instant started = roundStartedAt;
    if (started != null && started.plus(settings.lease()).isBefore(now)) {
      return Optional.of("a dispatch round has been running since " + started);
    }
    if (started == null
        && lastRoundEndedAt.plus(settings.interval().multipliedBy(10)).isBefore(now)) {
      return Optional.of("no dispatch round since " + lastRoundEndedAt);
    }
    return Optional.empty();
  }

  @PreDestroy
  void stop() {
    if (ticks != null) {
      ticks.cancel(false);
    }
  }

  void round() {
    if (!running.compareAndSet(false, true)) {
      wokenDuringRound.set(true);
      return;
    }
    roundStartedAt = Instant.now();
    try {
      boolean again;
      do {
        wokenDuringRound.set(false);
        List<OutboxEntry> claimed =
            outbox.claimDue(settings.batchSize(), settings.nodeName(), settings.lease());
        claimed.forEach(delivery::deliver);
        again = wokenDuringRound.get() || claimed.size() == settings.batchSize();
      } while (again);
    } catch (RuntimeException e) {
      LOG.error("Xero dispatch round failed; the next tick tries again", e);
    } finally {
      lastRoundEndedAt = Instant.now();
      roundStartedAt = null;
      running.set(false);
    }
    if (wokenDuringRound.getAndSet(false)) {
      wake(); // a wake-up that came after the last check of this round
    }
  }
}
