package com.quoox.xero.dispatch;

import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.outbox.OutboxEntryAdded;
import com.quoox.xero.outbox.OutboxRepository;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
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

  @Inject DispatchThreads threads;

  @Inject DispatchSettings settings;

  @Inject OutboxRepository outbox;

  @Inject LaneDelivery laneDelivery;

  @Inject BusinessDispatchRepository dispatchControl;

  private final BusinessLanes lanes = new BusinessLanes();

  /**
   * A round asked for and not begun yet: a burst of sales asks for one round, not one each. Rounds
   * run one after another on the rounds' thread ({@link DispatchThreads}).
   */
  private final AtomicBoolean roundAsked = new AtomicBoolean();

  /** When a round is already scheduled for businesses being coalesced or held for a while. */
  private final AtomicReference<Instant> scheduledRoundAt = new AtomicReference<>();

  /** The module is being stopped: a round that fails now fails for that, not for a fault. */
  private volatile boolean stopping;

  private volatile Instant roundStartedAt;
  private volatile Instant lastRoundEndedAt = Instant.now();

  void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    threads.everyTick(this::round, settings.interval());
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
    if (roundAsked.compareAndSet(false, true)) {
      threads.soon(this::round);
    }
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
    stopping = true;
  }

  /** One round; only ever on the rounds' thread, so never two at once. */
  void round() {
    roundAsked.set(false); // a wake-up from now on asks for another round, after this one
    roundStartedAt = Instant.now();
    try {
      openLanes();
    } catch (RuntimeException e) {
      if (stopping) {
        LOG.debugf("Xero dispatch round ended by the module stopping: %s", e);
      } else {
        LOG.error("Xero dispatch round failed; the next tick tries again", e);
      }
    } finally {
      lastRoundEndedAt = Instant.now();
      roundStartedAt = null;
    }
  }

  /**
   * Claims a fair share for each business that gets a free lane, and starts its lane. A business
   * that was just served and took all it had waits for its coalescing window, so its next sales go
   * several to a call; a business whose organisation has no calls left waits for its hold to end. A
   * round is scheduled for the first of those moments: a backlog held at Xero's minute resumes when
   * its calls renew, not at the next tick.
   */
  private void openLanes() {
    FairShare share = settings.fairShare();
    var busy = lanes.busy();
    int free = share.maxLanes() - busy.size();
    if (free <= 0) {
      return; // a lane that ends wakes the dispatcher
    }
    Instant now = Instant.now();
    // Not claimed now: busy on this node, paused by an operator, cooling off after its Xero kept
    // failing (its circuit, LaneCircuit), out of calls, or in another node's lane.
    Set<String> skip = new HashSet<>(busy);
    Instant nextRound = null;
    for (BusinessDispatch held : dispatchControl.findHeld(now, settings.nodeName())) {
      skip.add(held.getBusinessId());
      nextRound = earlier(nextRound, held.holdEndsAt(now));
    }
    List<String> ready = new ArrayList<>();
    for (String businessId : outbox.findDueBusinesses(skip, CANDIDATES)) {
      Optional<Instant> until = lanes.coalescedUntil(businessId, settings.coalesce(), now);
      if (until.isEmpty()) {
        ready.add(businessId);
      } else {
        nextRound = earlier(nextRound, until);
      }
    }
    int opened = 0;
    for (String businessId : share.inTurn(ready, lanes.lastServed())) {
      if (opened == free) {
        break;
      }
      if (openLane(businessId, share)) {
        opened++;
      }
    }
    if (nextRound != null) {
      wakeAt(nextRound);
    }
  }

  private static Instant earlier(Instant current, Optional<Instant> candidate) {
    return candidate.filter(c -> current == null || c.isBefore(current)).orElse(current);
  }

  /**
   * Takes the business's lane (no other node may hold it), claims its share and starts the lane;
   * lets the lane go at once if there was nothing to claim after all. False when no lane started:
   * another node took it first, or claimed its entries.
   */
  private boolean openLane(String businessId, FairShare share) {
    String node = settings.nodeName();
    if (!takeLane(businessId)) {
      return false;
    }
    List<OutboxEntry> claimed =
        outbox.claimDueOf(businessId, share.perBusiness(), node, settings.lease());
    if (claimed.isEmpty()) {
      dispatchControl.releaseLane(businessId, node);
      return false;
    }
    startLane(businessId, claimed, claimed.size() >= share.perBusiness());
    return true;
  }

  private boolean takeLane(String businessId) {
    return dispatchControl.takeLane(
        businessId, settings.nodeName(), Instant.now().plus(settings.lease()));
  }

  /**
   * Schedules one round at {@code at}, unless one is already scheduled at or before it. The delay
   * is rounded up, so the round never comes before {@code at} and finds the business still held.
   */
  private void wakeAt(Instant at) {
    Instant scheduled = scheduledRoundAt.get();
    Instant now = Instant.now();
    if (scheduled != null && scheduled.isAfter(now) && !scheduled.isAfter(at)) {
      return;
    }
    scheduledRoundAt.set(at);
    threads.at(this::round, Math.max(0, Duration.between(now, at).toMillis()) + 1);
  }

  private void startLane(String businessId, List<OutboxEntry> claimed, boolean claimedFull) {
    lanes.open(businessId, Instant.now());
    try {
      threads.lane(() -> runLane(businessId, claimed, claimedFull));
    } catch (RejectedExecutionException e) {
      closeLane(businessId, claimedFull);
      LOG.errorf(
          e,
          "No thread for the lane of business %s; its entries are retried after their lease",
          businessId);
    }
  }

  private void runLane(String businessId, List<OutboxEntry> claimed, boolean claimedFull) {
    LaneHold hold = new LaneHold(businessId);
    try {
      laneDelivery.deliverInOrder(claimed, hold::progress);
    } catch (RuntimeException e) {
      LOG.errorf(
          e,
          "Xero dispatch lane of business %s failed; its entries are retried after their lease",
          businessId);
    } finally {
      closeLane(businessId, claimedFull);
      wake(); // the business may have more due entries, and others may wait for a lane
    }
  }

  private void closeLane(String businessId, boolean claimedFull) {
    try {
      dispatchControl.releaseLane(businessId, settings.nodeName());
    } catch (RuntimeException e) {
      // Its hold simply runs out at the end of its lease.
      LOG.warnf("Lane of business %s not let go at once: %s", businessId, e.toString());
    } finally {
      lanes.close(businessId, Instant.now(), claimedFull);
    }
  }

  /**
   * The lane's progress, and its hold on the business renewed when half its lease has passed, so a
   * long turn (a big daily summary, a slow Xero) keeps other nodes away while it makes progress.
   */
  private final class LaneHold {
    private final String businessId;
    private Instant renewedAt = Instant.now();

    LaneHold(String businessId) {
      this.businessId = businessId;
    }

    void progress() {
      Instant now = Instant.now();
      lanes.progress(businessId, now);
      if (renewedAt.plus(settings.lease().dividedBy(2)).isBefore(now)) {
        renewedAt = now;
        takeLane(businessId);
      }
    }
  }
}
