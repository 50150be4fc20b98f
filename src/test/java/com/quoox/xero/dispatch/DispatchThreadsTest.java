package com.quoox.xero.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DispatchThreadsTest {

  private final DispatchThreads threads = new DispatchThreads();

  DispatchThreadsTest() {
    threads.threadFactory = new PlainThreads();
    threads.settings = mock(DispatchSettings.class);
    when(threads.settings.maxParallelBusinesses()).thenReturn(4);
    threads.start();
  }

  @AfterEach
  void stop() {
    threads.stop();
  }

  @Test
  void aRoundThatThrowsDoesNotEndTheTick() throws InterruptedException {
    CountDownLatch threeRounds = new CountDownLatch(3);

    threads.everyTick(
        () -> {
          threeRounds.countDown();
          throw new IllegalStateException("the database is away");
        },
        Duration.ofMillis(10));

    assertTrue(threeRounds.await(5, TimeUnit.SECONDS), "the tick went on after a failed round");
  }

  @Test
  void roundsAskedForRunOneAfterAnotherOnOneThread() throws InterruptedException {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger mostAtOnce = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(20);
    for (int i = 0; i < 20; i++) {
      threads.soon(
          () -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            sleepBriefly();
            running.decrementAndGet();
            done.countDown();
          });
    }

    assertTrue(done.await(5, TimeUnit.SECONDS));
    assertEquals(1, mostAtOnce.get(), "never two rounds at once");
  }

  @Test
  void aRoundAskedForWhileStoppingIsDroppedQuietly() throws InterruptedException {
    AtomicInteger ran = new AtomicInteger();
    threads.soon(() -> {});
    threads.stop();

    threads.soon(ran::incrementAndGet);
    threads.at(ran::incrementAndGet, 1);

    Thread.sleep(50);
    assertEquals(0, ran.get());
  }

  private static void sleepBriefly() {
    try {
      Thread.sleep(2);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The container's factory, as far as these threads need it. */
  private static final class PlainThreads implements ManagedThreadFactory {
    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "dispatch-test");
      thread.setDaemon(true);
      return thread;
    }

    @Override
    public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
      throw new UnsupportedOperationException();
    }
  }
}
