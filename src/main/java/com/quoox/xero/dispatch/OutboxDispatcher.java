package com.quoox.xero.dispatch;

import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.outbox.OutboxEntryAdded;
import com.quoox.xero.outbox.OutboxRepository;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Sends due outbox entries to Xero: on a fixed tick, and at once when a sale's transaction commits
 * (so a sale reaches Xero in about a second, not at the next tick). A round only claims and hands
 * each business's entries to a lane of its own, without waiting for them: one business with a slow
 * or failing Xero, a broken mapping or a big backlog must never delay another business's sales.
 */
@ApplicationScoped
public class OutboxDispatcher {

  private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class);

  /** Businesses with due entries looked at per round; more wait for a later round. */
  private static final int CANDIDATES = 200;

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService executor;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService laneExecutor;

  @Inject DispatchSettings settings;

  @Inject OutboxRepository outbox;

  @Inject LaneDelivery laneDelivery;

  @Inject BusinessDispatchRepository dispatchControl;

  private final BusinessLanes lanes = new BusinessLanes();
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean wokenDuringRound = new AtomicBoolean();
  private ScheduledFuture<?> ticks;
  private volatile Instant roundStartedAt;
  private volatile Instant lastRoundEndedAt = Instant.now();

  void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    long millis = settings.interval().toMillis();
    ticks = executor.scheduleWithFixedDelay(this::round, millis, millis, TimeUnit.MILLISECONDS);
    LOG.infof(
        "Xero dispatcher started on %s, every %s, up to %d businesses at once",
        settings.nodeName(), settings.interval(), settings.maxParallelBusinesses());
  }

  /**
   * After the sale's transaction commits: only then is the entry visible, and only if it exists.
   */
  void onEntryAdded(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxEntryAdded added) {
    wake();
  }

  /** Asks for a round now, e.g. after a person asked to retry an entry, or a lane ended. */
  public void wake() {
    executor.execute(this::round);
  }

  /**
   * Why dispatch looks stuck, or empty when it is healthy: a round or a business's lane running
   * longer than a claim's lease without progress (a hung call to Xero), or no round at all for ten
   * ticks (the schedule died).
   */
  public Optional<String> stuckReason() {
    Instant now = Instant.now();
    Instant started = roundStartedAt;
    if (started != null && started.plus(settings.lease()).isBefore(now)) {
      return Optional.of("a dispatch round has been running since " + started);
    }
    Optional<String> stuckLane = lanes.stuck(settings.lease(), now);
    if (stuckLane.isPresent()) {
      return stuckLane;
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
      do {
        wokenDuringRound.set(false);
        openLanes();
      } while (wokenDuringRound.get());
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

  /** Claims a fair share for each business that gets a free lane, and starts its lane. */
  private void openLanes() {
    FairShare share = settings.fairShare();
    var busy = lanes.busy();
    int free = share.maxLanes() - busy.size();
    if (free <= 0) {
      return; // a lane that ends wakes the dispatcher
    }
    List<String> due = outbox.findDueBusinesses(notToClaim(busy), CANDIDATES);
    for (String businessId : share.choose(due, lanes.lastServed(), free)) {
      List<OutboxEntry> claimed =
          outbox.claimDueOf(businessId, share.perBusiness(), settings.nodeName(), settings.lease());
      if (!claimed.isEmpty()) {
        startLane(businessId, claimed);
      }
    }
  }

  /**
   * Businesses busy on this node, and those no node may claim for now: paused by an operator, or
   * cooling off after their Xero kept failing (their circuit, {@link LaneCircuit}).
   */
  private Set<String> notToClaim(Set<String> busy) {
    Set<String> skip = new HashSet<>(busy);
    dispatchControl.findHeld(Instant.now()).forEach(held -> skip.add(held.getBusinessId()));
    return skip;
  }

  private void startLane(String businessId, List<OutboxEntry> claimed) {
    lanes.open(businessId, Instant.now());
    try {
      laneExecutor.execute(() -> runLane(businessId, claimed));
    } catch (RejectedExecutionException e) {
      lanes.close(businessId, Instant.now());
      LOG.errorf(
          e,
          "No thread for the lane of business %s; its entries are retried after " + "their lease",
          businessId);
    }
  }

  private void runLane(String businessId, List<OutboxEntry> claimed) {
    try {
      laneDelivery.deliverInOrder(claimed, () -> lanes.progress(businessId, Instant.now()));
    } catch (RuntimeException e) {
      LOG.errorf(
          e,
          "Xero dispatch lane of business %s failed; its entries are retried after "
              + "their lease",
          businessId);
    } finally {
      lanes.close(businessId, Instant.now());
      wake(); // the business may have more due entries, and others may wait for a lane
    }
  }
}
