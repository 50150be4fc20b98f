package com.quoox.xero.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LaneCircuitTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

  private final LaneCircuit circuit =
      new LaneCircuit(5, Duration.ofSeconds(30), Duration.ofMinutes(15));

  @Test
  void staysClosedUntilTheFifthConsecutiveFailure() {
    for (int failures = 1; failures < 5; failures++) {
      assertNull(circuit.openUntil(failures, 0, NOW), failures + " failures");
    }
    assertEquals(NOW.plusSeconds(30), circuit.openUntil(5, 0, NOW));
  }

  @Test
  void aFailedTrialAfterTheCoolOffReopensAtOnceForTwiceAsLong() {
    assertEquals(NOW.plusSeconds(60), circuit.openUntil(1, 1, NOW));
    assertEquals(NOW.plusSeconds(120), circuit.openUntil(1, 2, NOW));
  }

  @Test
  void coolOffNeverExceedsTheCap() {
    assertEquals(Duration.ofMinutes(15), circuit.coolOff(5));
    assertEquals(Duration.ofMinutes(15), circuit.coolOff(10_000));
  }

  @Test
  void businessOpensItsCircuitAfterFiveFailuresAndAnAnswerWouldCloseIt() {
    BusinessDispatch business = new BusinessDispatch("b-1");
    for (int i = 0; i < 4; i++) {
      business.xeroFailed(circuit, NOW);
    }
    assertFalse(business.circuitOpenAt(NOW));
    assertEquals(4, business.getConsecutiveFailures());

    business.xeroFailed(circuit, NOW);

    assertTrue(business.circuitOpenAt(NOW));
    assertTrue(business.circuitOpenAt(NOW.plusSeconds(29)));
    assertFalse(business.circuitOpenAt(NOW.plusSeconds(30)), "the trial may go after 30 s");
    business.xeroFailed(circuit, NOW.plusSeconds(30));
    assertEquals(NOW.plusSeconds(90), business.getCircuitOpenUntil(), "reopened for 60 s");
  }

  @Test
  void resumeClearsThePauseAndEndsTheCoolOff() {
    BusinessDispatch business = new BusinessDispatch("b-2");
    business.pause("month end", NOW);
    for (int i = 0; i < 5; i++) {
      business.xeroFailed(circuit, NOW);
    }
    assertTrue(business.isPaused());
    assertEquals("month end", business.getPausedReason());

    business.resume(NOW.plusSeconds(1));

    assertFalse(business.isPaused());
    assertNull(business.getPausedAt());
    assertFalse(business.circuitOpenAt(NOW.plusSeconds(1)));
  }
}
