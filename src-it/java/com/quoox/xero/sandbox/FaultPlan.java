package com.quoox.xero.sandbox;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The faults a test has asked one tenant to suffer, consumed call by call in the order they were
 * asked for, so tests sharing the sandbox in one JVM never disturb each other.
 */
final class FaultPlan {

  /** One injected fault for one call. */
  sealed interface Fault permits Fail, RateLimit, Delay {}

  /** Answer with this status instead of processing. */
  record Fail(int status) implements Fault {}

  /**
   * Answer 429 as Xero does when the given budget (minute, concurrent, day, appminute) is spent.
   */
  record RateLimit(long retryAfterSeconds, String problem) implements Fault {}

  /** Process normally, but only after this pause (long enough to make a client time out). */
  record Delay(Duration pause) implements Fault {}

  private final Deque<Fault> queue = new ArrayDeque<>();
  private final Deque<Integer> droppedAnswers = new ArrayDeque<>();
  private boolean down;

  synchronized void add(int times, Fault fault) {
    for (int i = 0; i < times; i++) {
      queue.add(fault);
    }
  }

  /** Status 0 means close the connection without any answer. */
  synchronized void dropAnswers(int times, int status) {
    for (int i = 0; i < times; i++) {
      droppedAnswers.add(status);
    }
  }

  synchronized void down(boolean isDown) {
    this.down = isDown;
  }

  /** The fault for the call now arriving: Xero being down outranks anything queued. */
  synchronized Optional<Fault> next() {
    if (down) {
      return Optional.of(new Fail(503));
    }
    return Optional.ofNullable(queue.poll());
  }

  /**
   * For a create that was processed: the status to answer instead of the real answer, if one is
   * queued.
   */
  synchronized Optional<Integer> nextDroppedAnswer() {
    return Optional.ofNullable(droppedAnswers.poll());
  }

  synchronized void clear() {
    queue.clear();
    droppedAnswers.clear();
    down = false;
  }
}
