package com.quoox.xero.operations;

import com.quoox.xero.dispatch.BusinessDispatch;
import java.time.Instant;

/**
 * How dispatch stands for one business: paused by an operator (when, why), and its circuit: {@code
 * OPEN} while its lane cools off after consecutive transient failures of its Xero, else {@code
 * CLOSED}.
 */
public record DispatchView(
    boolean paused,
    String pausedAt,
    String pausedReason,
    String circuit,
    String circuitOpenUntil,
    int consecutiveFailures) {

  static DispatchView running() {
    return new DispatchView(false, null, null, "CLOSED", null, 0);
  }

  static DispatchView of(BusinessDispatch dispatch, Instant now) {
    boolean open = dispatch.circuitOpenAt(now);
    return new DispatchView(
        dispatch.isPaused(),
        text(dispatch.getPausedAt()),
        dispatch.getPausedReason(),
        open ? "OPEN" : "CLOSED",
        open ? text(dispatch.getCircuitOpenUntil()) : null,
        dispatch.getConsecutiveFailures());
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
