package com.quoox.xero.dispatch;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The threads the lanes run on: the module's own pool, one thread per lane, sized by {@code
 * quoox.xero.dispatch.max-parallel-businesses} rather than by the container's shared executor. A
 * lane spends nearly all its time waiting for Xero's answer (hundreds of milliseconds a call), not
 * on a core, so a 2-core node keeps dozens of calls in flight; and the host's own work on the
 * default executor neither starves the lanes nor is starved by them. The threads come from the
 * container's managed thread factory, so a lane has the deployment's context (transactions, CDI),
 * and idle ones end after a minute.
 */
@ApplicationScoped
class LaneThreads {

  private static final long IDLE_SECONDS = 60;

  private static final long STOP_WAIT_SECONDS = 10;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threadFactory;

  @Inject DispatchSettings settings;

  private volatile ThreadPoolExecutor pool;

  /**
   * Runs {@code lane} on a lane thread. The dispatcher never opens more lanes than threads, but a
   * closing lane's thread may still be finishing: then the lane queues for a moment.
   */
  void run(Runnable lane) {
    pool().execute(lane);
  }

  private ThreadPoolExecutor pool() {
    ThreadPoolExecutor current = pool;
    if (current == null) {
      synchronized (this) {
        current = pool;
        if (current == null) {
          int threads = settings.maxParallelBusinesses();
          current =
              new ThreadPoolExecutor(
                  threads,
                  threads,
                  IDLE_SECONDS,
                  TimeUnit.SECONDS,
                  new LinkedBlockingQueue<>(),
                  threadFactory);
          current.allowCoreThreadTimeOut(true);
          pool = current;
        }
      }
    }
    return current;
  }

  @PreDestroy
  void stop() {
    ThreadPoolExecutor current = pool;
    if (current == null) {
      return;
    }
    // Lanes in flight may finish their call; one that does not loses its claims' lease, and the
    // entries are looked up in Xero before they are sent again: nothing is lost or doubled.
    current.shutdown();
    try {
      if (!current.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
        current.shutdownNow();
      }
    } catch (InterruptedException e) {
      current.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
