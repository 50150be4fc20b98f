package com.quoox.xero.periodic;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Runs the module's periodic work on the container's managed scheduler and stops it while the
 * module can still finish it: when the application is about to stop (before any of its beans is
 * destroyed), no run starts any more and the runs under way are waited for. A run cut off by
 * undeployment instead loses its beans mid-transaction (WELD-000229): the transaction stays open on
 * the container's thread, and the rows it locked (a Xero connection's, for a token refresh) stay
 * locked until the transaction reaper ends it, five minutes by default, blocking that business's
 * sends and refreshes meanwhile.
 */
@ApplicationScoped
public class PeriodicWork {

  private static final Logger LOG = Logger.getLogger(PeriodicWork.class);

  /** A keep-alive refresh or a change poll page is one call to Xero: a few seconds at most. */
  static final Duration STOP_WAIT = Duration.ofSeconds(20);

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ScheduledExecutorService executor;

  Duration stopWait = STOP_WAIT;

  private final List<Future<?>> scheduled = new CopyOnWriteArrayList<>();

  /** Guards {@link #running}; notified when a run ends. */
  private final Object runs = new Object();

  private int running;

  private volatile boolean stopping;

  /**
   * Runs {@code work} every {@code interval}, the first time after {@code firstAfter}, until the
   * module stops. A run that throws is logged and the next one goes on.
   */
  public void every(String what, Duration firstAfter, Duration interval, Runnable work) {
    scheduled.add(
        executor.scheduleWithFixedDelay(
            () -> runUnlessStopping(what, work),
            firstAfter.toMillis(),
            interval.toMillis(),
            TimeUnit.MILLISECONDS));
  }

  /** Runs {@code work} once after {@code delay}, unless the module is stopping by then. */
  public void once(String what, Duration delay, Runnable work) {
    try {
      executor.schedule(
          () -> runUnlessStopping(what, work), delay.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // The container's scheduler is shutting down with the server: the module is stopping too.
    }
  }

  /** True once the module is stopping: a run going through a list ends at its next item. */
  public boolean stopping() {
    return stopping;
  }

  void stop(
      @Observes(notifyObserver = Reception.IF_EXISTS) @BeforeDestroyed(ApplicationScoped.class)
          Object applicationStopping) {
    stop();
  }

  /**
   * No run starts from now on; waits for those under way, at most {@link #stopWait}. Also at
   * {@code @PreDestroy}, in case the application context was never announced as ending.
   */
  @PreDestroy
  void stop() {
    synchronized (runs) {
      stopping = true;
    }
    scheduled.forEach(future -> future.cancel(false));
    long deadline = System.nanoTime() + stopWait.toNanos();
    synchronized (runs) {
      while (running > 0) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          LOG.warnf("%d periodic run(s) of the Xero module still under way as it stops", running);
          return;
        }
        try {
          runs.wait(left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private void runUnlessStopping(String what, Runnable work) {
    synchronized (runs) {
      if (stopping) {
        return;
      }
      running++;
    }
    try {
      work.run();
    } catch (RuntimeException e) {
      // Caught here: a periodic task that throws is never run again by the scheduler.
      LOG.errorf(e, "Xero module: %s failed", what);
    } finally {
      synchronized (runs) {
        running--;
        runs.notifyAll();
      }
    }
  }
}
