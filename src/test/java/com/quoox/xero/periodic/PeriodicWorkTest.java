package com.quoox.xero.periodic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PeriodicWorkTest {

  private static final Duration OFTEN = Duration.ofMillis(10);

  private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);

  private final PeriodicWork periodic = new PeriodicWork();

  PeriodicWorkTest() {
    periodic.executor = scheduler;
  }

  @AfterEach
  void shutDown() {
    scheduler.shutdownNow();
  }

  @Test
  void stoppingWaitsForTheRunUnderWayAndStartsNoOther() throws Exception {
    CountDownLatch inRun = new CountDownLatch(1);
    CountDownLatch mayFinish = new CountDownLatch(1);
    AtomicInteger started = new AtomicInteger();
    AtomicInteger finished = new AtomicInteger();
    periodic.every(
        "a keep-alive",
        Duration.ZERO,
        OFTEN,
        () -> {
          started.incrementAndGet();
          inRun.countDown();
          await(mayFinish);
          finished.incrementAndGet();
        });
    assertTrue(inRun.await(5, TimeUnit.SECONDS));

    CompletableFuture<Void> stop = CompletableFuture.runAsync(periodic::stop);
    Thread.sleep(200);
    assertFalse(stop.isDone(), "stop returned while a run was under way");
    mayFinish.countDown();
    stop.get(5, TimeUnit.SECONDS);

    assertEquals(1, finished.get(), "the run under way finished before stop returned");
    Thread.sleep(100);
    assertEquals(1, started.get(), "no run started once stopping");
    assertTrue(periodic.stopping());
  }

  @Test
  void aRunThatThrowsDoesNotEndTheSchedule() throws Exception {
    CountDownLatch threeRuns = new CountDownLatch(3);
    periodic.every(
        "a poll",
        Duration.ZERO,
        OFTEN,
        () -> {
          threeRuns.countDown();
          throw new IllegalStateException("the database is away");
        });

    assertTrue(threeRuns.await(5, TimeUnit.SECONDS));
  }

  @Test
  void onceDoesNothingAfterStopping() throws Exception {
    periodic.stop();
    AtomicInteger runs = new AtomicInteger();

    periodic.once("webhook events", Duration.ZERO, runs::incrementAndGet);

    Thread.sleep(100);
    assertEquals(0, runs.get());
  }

  @Test
  void stoppingGivesUpOnARunThatDoesNotEnd() throws Exception {
    periodic.stopWait = Duration.ofMillis(100);
    CountDownLatch inRun = new CountDownLatch(1);
    CountDownLatch never = new CountDownLatch(1);
    periodic.every(
        "a hung call",
        Duration.ZERO,
        OFTEN,
        () -> {
          inRun.countDown();
          await(never);
        });
    assertTrue(inRun.await(5, TimeUnit.SECONDS));

    CompletableFuture.runAsync(periodic::stop).get(5, TimeUnit.SECONDS);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
