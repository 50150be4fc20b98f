package com.quoox.xero.dispatch;

import static com.quoox.xero.dispatch.HeldBusinesses.outOfCallsUntil;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anySet;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.quoox.xero.outbox.OutboxRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class OutboxDispatcherTest {

  private final OutboxDispatcher dispatcher = new OutboxDispatcher();

  OutboxDispatcherTest() {
    dispatcher.threads = mock(DispatchThreads.class);
    dispatcher.settings = mock(DispatchSettings.class);
    dispatcher.outbox = mock(OutboxRepository.class);
    dispatcher.laneDelivery = mock(LaneDelivery.class);
    dispatcher.dispatchControl = mock(BusinessDispatchRepository.class);
    when(dispatcher.settings.fairShare()).thenReturn(new FairShare(50, 64));
    when(dispatcher.settings.nodeName()).thenReturn("node-a");
    when(dispatcher.settings.coalesce()).thenReturn(Duration.ofSeconds(1));
    when(dispatcher.outbox.findDueBusinesses(anySet(), anyInt())).thenReturn(List.of());
  }

  @Test
  void aBusinessOutOfCallsGetsARoundWhenItsCallsRenewNotAtTheNextTick() {
    Instant renewed = Instant.now().plusSeconds(26);
    when(dispatcher.dispatchControl.findHeld(any(), eq("node-a")))
        .thenReturn(List.of(outOfCallsUntil("backlog", renewed)));

    Instant before = Instant.now();
    dispatcher.round();

    ArgumentCaptor<Long> delay = ArgumentCaptor.forClass(Long.class);
    verify(dispatcher.threads).at(any(), delay.capture());
    Instant roundAt = before.plusMillis(delay.getValue());
    assertTrue(!roundAt.isBefore(renewed.minusMillis(50)), "not before the hold ends: " + roundAt);
    assertTrue(roundAt.isBefore(renewed.plusSeconds(1)), "when the hold ends: " + roundAt);
  }

  @Test
  void aPausedBusinessSchedulesNoRound() {
    BusinessDispatch paused = outOfCallsUntil("paused", Instant.now().plusSeconds(26));
    paused.pause("closing the month", Instant.now());
    when(dispatcher.dispatchControl.findHeld(any(), eq("node-a"))).thenReturn(List.of(paused));

    dispatcher.round();

    verify(dispatcher.threads, never()).at(any(), anyLong());
  }
}
