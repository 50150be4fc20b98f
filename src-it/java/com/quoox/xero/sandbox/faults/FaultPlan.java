package com.quoox.xero.sandbox.faults;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Random;

/**
 * The faults a test has asked one tenant to suffer, consumed call by call in the order they were
 * asked for, so tests sharing the sandbox in one JVM never disturb each other.
 */
public final class FaultPlan {

  /** One injected fault for one call. */
  public sealed interface Fault permits Fail, RateLimit, Delay {}

  /** Answer with this status instead of processing. */
  public record Fail(int status) implements Fault {}

  /**
   * Answer 429 as Xero does when the given budget (minute, concurrent, day, appminute) is spent.
   */
  public record RateLimit(long retryAfterSeconds, String problem) implements Fault {}

  /** Process normally, but only after this pause (long enough to make a client time out). */
  public record Delay(Duration pause) implements Fault {}

  /**
   * Faults drawn at random for calls that find none queued: shares of calls answered 500 or 503, of
   * calls held {@code pause} first, and of stored creates whose answer is lost.
   */
  public record Flakiness(double failShare, double delayShare, Duration pause, double dropShare) {}

  private final Deque<Fault> queue = new ArrayDeque<>();
  private final Deque<Integer> droppedAnswers = new ArrayDeque<>();
  private int answersWithoutContactIds;
  private boolean down;
  private Flakiness flakiness;
  private Random dice;
  private int randomFailures;
  private int randomDelays;
  private int randomDrops;

  public synchronized void add(int times, Fault fault) {
    for (int i = 0; i < times; i++) {
      queue.add(fault);
    }
  }

  /** Status 0 means close the connection without any answer. */
  public synchronized void dropAnswers(int times, int status) {
    for (int i = 0; i < times; i++) {
      droppedAnswers.add(status);
    }
  }

  public synchronized void answerWithoutContactIds(int times) {
    answersWithoutContactIds += times;
  }

  /** Whether the create now answered is to lose its contacts' ids from the answer. */
  public synchronized boolean nextAnswerWithoutContactIds() {
    if (answersWithoutContactIds == 0) {
      return false;
    }
    answersWithoutContactIds--;
    return true;
  }

  public synchronized void down(boolean isDown) {
    this.down = isDown;
  }

  /** Seeded, so a run that failed can be repeated with the same faults. */
  public synchronized void flaky(Flakiness flakiness, long seed) {
    this.flakiness = flakiness;
    this.dice = new Random(seed);
  }

  public synchronized RandomFaults randomFaults() {
    return new RandomFaults(randomFailures, randomDelays, randomDrops);
  }

  /** The fault for the call now arriving: Xero being down outranks anything queued. */
  public synchronized Optional<Fault> next() {
    if (down) {
      return Optional.of(new Fail(503));
    }
    Fault queued = queue.poll();
    return queued != null ? Optional.of(queued) : Optional.ofNullable(randomFault());
  }

  private Fault randomFault() {
    if (flakiness == null) {
      return null;
    }
    double roll = dice.nextDouble();
    if (roll < flakiness.failShare()) {
      randomFailures++;
      return new Fail(dice.nextBoolean() ? 500 : 503);
    }
    if (roll < flakiness.failShare() + flakiness.delayShare()) {
      randomDelays++;
      return new Delay(flakiness.pause());
    }
    return null;
  }

  /**
   * For a create that was processed, or replayed under its Idempotency-Key: the status to answer
   * instead of the real answer, if one is queued (a replay's answer can be lost too, so a test can
   * lose every retry's). Random drops hit only processed creates.
   */
  public synchronized Optional<Integer> nextDroppedAnswer(boolean replay) {
    Integer queued = droppedAnswers.poll();
    if (queued == null
        && !replay
        && flakiness != null
        && dice.nextDouble() < flakiness.dropShare()) {
      randomDrops++;
      queued = 0;
    }
    return Optional.ofNullable(queued);
  }

  public synchronized void clear() {
    queue.clear();
    droppedAnswers.clear();
    answersWithoutContactIds = 0;
    down = false;
    flakiness = null;
  }
}
