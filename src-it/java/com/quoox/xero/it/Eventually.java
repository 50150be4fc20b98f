package com.quoox.xero.it;

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

  public static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
