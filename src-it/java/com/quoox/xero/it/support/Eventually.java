package com.quoox.xero.it.support;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls until something holds: the module works asynchronously, after the sale's commit. */
public final class Eventually {

  private Eventually() {}

  public static <T> T await(String what, Duration limit, Supplier<T> probe, Predicate<T> done) {
    long deadline = System.nanoTime() + limit.toNanos();
    T last = probe.get();
    while (!done.test(last)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "Timed out after " + limit + " waiting for " + what + "; last seen: " + last);
      }
      sleep(100);
      last = probe.get();
    }
    return last;
  }

  /**
   * As {@link #await}, but answers the last value seen when time runs out instead of failing, for
   * tests that print what they measured before asserting it.
   */
  public static <T> T awaitOrLast(
      String what, Duration limit, Supplier<T> probe, Predicate<T> done) {
    try {
      return await(what, limit, probe, done);
    } catch (AssertionError timedOut) {
      System.out.println(timedOut.getMessage());
      return probe.get();
    }
  }

  public static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
