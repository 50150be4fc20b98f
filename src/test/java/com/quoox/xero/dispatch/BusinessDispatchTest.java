package com.quoox.xero.dispatch;

import static com.quoox.xero.dispatch.HeldBusinesses.outOfCallsUntil;
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
  void aBusinessOutOfCallsIsHeldUntilItsOrganisationsCallsRenew() {
    BusinessDispatch dispatch = outOfCallsUntil("b", NOW.plusSeconds(26));

    assertEquals(Optional.of(NOW.plusSeconds(26)), dispatch.holdEndsAt(NOW));
  }

  @Test
  void aHoldEndsWhenItsLastReasonEnds() {
    BusinessDispatch dispatch = outOfCallsUntil("b", NOW.plusSeconds(5));
    dispatch.xeroFailed(CIRCUIT, NOW);

    assertEquals(Optional.of(dispatch.getCircuitOpenUntil()), dispatch.holdEndsAt(NOW));
    assertTrue(dispatch.getCircuitOpenUntil().isAfter(NOW.plusSeconds(5)));
  }

  @Test
  void holdsThatHaveEndedOrOnlyAPersonEndsScheduleNothing() {
    assertEquals(Optional.empty(), outOfCallsUntil("b", NOW.minusSeconds(1)).holdEndsAt(NOW));

    BusinessDispatch paused = outOfCallsUntil("c", NOW.plusSeconds(26));
    paused.pause("the accountant is closing the month", NOW);
    assertEquals(Optional.empty(), paused.holdEndsAt(NOW));
  }
}
