package com.quoox.xero.dispatch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The module's own threads for dispatch, made by the container's managed thread factory so they
 * have the deployment's context (transactions, CDI): one thread that runs rounds, on the tick and
 * whenever woken, and the lanes' pool, one thread per lane, sized by {@code
 * quoox.xero.dispatch.max-parallel-businesses}. Neither is taken from the container's default
 * executors, which the host and the module's other periodic work (the change poll, the keep-alive,
 * retention) share with a handful of threads: a host busy with its own scheduled work never delays
 * a round or a lane, and they never delay it. A lane spends nearly all its time waiting for Xero's
 * answer (hundreds of milliseconds a call), not on a core, so a 2-core node keeps dozens of calls
 * in flight. Idle lane threads end after a minute.
 */
@ApplicationScoped
class DispatchThreads {

  private static final Logger LOG = Logger.getLogger(DispatchThreads.class);

  private static final long IDLE_SECONDS = 60;

  private static final long STOP_WAIT_SECONDS = 10;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threadFactory;

  @Inject DispatchSettings settings;

  private ScheduledThreadPoolExecutor rounds;

  private ThreadPoolExecutor lanes;

  /** Makes both pools; their threads are made when first needed. */
  @PostConstruct
  void start() {
    rounds = new ScheduledThreadPoolExecutor(1, threadFactory);
    rounds.setRemoveOnCancelPolicy(true);
    rounds.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    int threads = settings.maxParallelBusinesses();
    lanes =
        new ThreadPoolExecutor(
            threads,
            threads,
            IDLE_SECONDS,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            threadFactory);
    lanes.allowCoreThreadTimeOut(true);
  }

  /**
   * Runs {@code round} every {@code interval}, on the rounds' thread. A round that throws is logged
   * and the tick goes on: a periodic task that threw would otherwise never run again.
   */
  void everyTick(Runnable round, Duration interval) {
    long millis = interval.toMillis();
    rounds.scheduleWithFixedDelay(
        () -> {
          try {
            round.run();
          } catch (Throwable e) {
            LOG.error("Xero dispatch round failed; the next tick tries again", e);
          }
        },
        millis,
        millis,
        TimeUnit.MILLISECONDS);
  }

  /** Runs {@code round} on the rounds' thread as soon as it is free; nothing once stopping. */
  void soon(Runnable round) {
    at(round, 0);
  }

  /** Runs {@code round} on the rounds' thread after {@code delayMillis}; nothing once stopping. */
  void at(Runnable round, long delayMillis) {
    try {
      rounds.schedule(round, delayMillis, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException stopping) {
      // The module is being stopped: its entries wait for the next start, on any node.
    }
  }

  /**
   * Runs {@code lane} on a lane thread. The dispatcher never opens more lanes than threads, but a
   * closing lane's thread may still be finishing: then the lane queues for a moment.
   */
  void lane(Runnable lane) {
    lanes.execute(lane);
  }

  /**
   * Stops before any of the module's beans is destroyed, so a lane finishing its call still has
   * them (and its transaction still has the transaction manager); {@code @PreDestroy} is only the
   * fallback.
   */
  void stop(
      @Observes(notifyObserver = Reception.IF_EXISTS) @BeforeDestroyed(ApplicationScoped.class)
          Object applicationStopping) {
    stop();
  }

  /**
   * Rounds stop first, so no lane is opened while the lanes finish. Lanes in flight may finish
   * their call; one that does not loses its claims' lease, and the entries are looked up in Xero
   * before they are sent again: nothing is lost or doubled.
   */
  @PreDestroy
  void stop() {
    stop(rounds);
    stop(lanes);
  }

  private static void stop(ExecutorService pool) {
    if (pool == null) {
      return;
    }
    pool.shutdown();
    try {
      if (!pool.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
