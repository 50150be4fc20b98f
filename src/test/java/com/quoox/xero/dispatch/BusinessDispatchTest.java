package com.quoox.xero.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BusinessDispatchTest {

  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  private static final LaneCircuit CIRCUIT =
      new LaneCircuit(1, Duration.ofSeconds(30), Duration.ofMinutes(5));

  @Test
  void aBusinessOutOfCallsIsHeldUntilItsOrganisationsCallsRenew() throws Exception {
    BusinessDispatch dispatch = new BusinessDispatch("b");
    setCallsHeldUntil(dispatch, NOW.plusSeconds(26));

    assertEquals(Optional.of(NOW.plusSeconds(26)), dispatch.holdEndsAt(NOW));
  }

  @Test
  void aHoldEndsWhenItsLastReasonEnds() throws Exception {
    BusinessDispatch dispatch = new BusinessDispatch("b");
    dispatch.xeroFailed(CIRCUIT, NOW);
    setCallsHeldUntil(dispatch, NOW.plusSeconds(5));

    assertEquals(Optional.of(dispatch.getCircuitOpenUntil()), dispatch.holdEndsAt(NOW));
    assertTrue(dispatch.getCircuitOpenUntil().isAfter(NOW.plusSeconds(5)));
  }

  @Test
  void holdsThatHaveEndedOrOnlyAPersonEndsScheduleNothing() throws Exception {
    BusinessDispatch ended = new BusinessDispatch("b");
    setCallsHeldUntil(ended, NOW.minusSeconds(1));
    assertEquals(Optional.empty(), ended.holdEndsAt(NOW));

    BusinessDispatch paused = new BusinessDispatch("c");
    setCallsHeldUntil(paused, NOW.plusSeconds(26));
    paused.pause("the accountant is closing the month", NOW);
    assertEquals(Optional.empty(), paused.holdEndsAt(NOW));
  }

  private static void setCallsHeldUntil(BusinessDispatch dispatch, Instant until)
      throws ReflectiveOperationException {
    var field = BusinessDispatch.class.getDeclaredField("callsHeldUntil");
    field.setAccessible(true);
    field.set(dispatch, until);
  }
}
