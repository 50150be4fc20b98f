package com.quoox.xero.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.quoox.xero.coding.MappingsRepository;
import com.quoox.xero.connection.ConnectionNotUsable;
import com.quoox.xero.connection.XeroSessions;
import com.quoox.xero.mapping.BusinessCoding;
import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.outbox.OutboxRepository;
import com.quoox.xero.outbox.OutboxState;
import com.quoox.xero.outbox.SourceKind;
import com.quoox.xero.xeroapi.XeroIdentityException;
import com.quoox.xero.xeroapi.XeroOutcome;
import com.quoox.xero.xeroapi.XeroSession;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

/** The lane's order of calls, its one session and coding, and what it does when it cannot send. */
class LaneDeliveryTest {

  private static final String BUSINESS = "biz-lane";

  private final LaneDelivery lane = new LaneDelivery();

  private final XeroSession session = new XeroSession(BUSINESS, "token", "tenant", ZoneOffset.UTC);

  private final BusinessCoding coding = mock(BusinessCoding.class);

  private ClaimedEntries entries;

  @BeforeEach
  void wire() {
    lane.delivery = mock(EntryDelivery.class);
    lane.batches = mock(BatchDelivery.class);
    lane.summaries = mock(DailySummaryDelivery.class);
    lane.mappings = mock(MappingsRepository.class);
    lane.outbox = mock(OutboxRepository.class);
    lane.settings = mock(DispatchSettings.class);
    lane.holds = mock(ReadinessHolds.class);
    lane.sessions = mock(XeroSessions.class);
    lane.recorder = mock(OutcomeRecorder.class);
    when(lane.settings.batchSize()).thenReturn(2);
    when(lane.settings.nodeName()).thenReturn("node-1");
    when(lane.settings.lease()).thenReturn(Duration.ofMinutes(2));
    when(lane.holds.reasonFor(BUSINESS)).thenReturn(Optional.empty());
    when(lane.sessions.open(BUSINESS)).thenReturn(Optional.of(session));
    when(lane.mappings.codingFor(BUSINESS)).thenReturn(coding);
    when(lane.outbox.extendLease(anyCollection(), anyString(), any()))
        .thenAnswer(call -> ((Collection<?>) call.getArgument(0)).size());
    entries = new ClaimedEntries(BUSINESS, lane.outbox);
    when(lane.delivery.deliver(any(), any())).thenReturn(Optional.empty());
    when(lane.batches.deliver(any(), any())).thenReturn(BatchDelivery.Result.done());
  }

  @Test
  void salesGoInBatchesFirstThenTheOthersInTheirOrderWithOneSessionAndOneCoding() {
    OutboxEntry payment = entries.claimed(SourceKind.PAYMENT, "P1");
    OutboxEntry s1 = entries.claimed(SourceKind.SALE, "S1");
    OutboxEntry s2 = entries.claimed(SourceKind.SALE, "S2");
    OutboxEntry s3 = entries.claimed(SourceKind.SALE, "S3");
    OutboxEntry refund = entries.claimed(SourceKind.REFUND, "R1");

    lane.deliverInOrder(List.of(payment, s1, s2, s3, refund), () -> {});

    Lane expected = new Lane(session, coding);
    InOrder order = inOrder(lane.batches, lane.delivery);
    order.verify(lane.batches).deliver(List.of(s1, s2), expected);
    order.verify(lane.delivery).deliver(s3, expected);
    order.verify(lane.delivery).deliver(payment, expected);
    order.verify(lane.delivery).deliver(refund, expected);
    verify(lane.sessions, times(1)).open(BUSINESS);
    verify(lane.mappings, times(1)).codingFor(BUSINESS);
  }

  @Test
  void paymentsGoInBatchesOfTheirOwnAfterTheSalesAndBeforeTheOthers() {
    OutboxEntry p1 = entries.claimed(SourceKind.PAYMENT, "P1");
    OutboxEntry s1 = entries.claimed(SourceKind.SALE, "S1");
    OutboxEntry p2 = entries.claimed(SourceKind.PAYMENT, "P2");
    OutboxEntry refund = entries.claimed(SourceKind.REFUND, "R1");
    OutboxEntry s2 = entries.claimed(SourceKind.SALE, "S2");
    OutboxEntry p3 = entries.claimed(SourceKind.PAYMENT, "P3");

    lane.deliverInOrder(List.of(p1, s1, p2, refund, s2, p3), () -> {});

    Lane expected = new Lane(session, coding);
    InOrder order = inOrder(lane.batches, lane.delivery);
    order.verify(lane.batches).deliver(List.of(s1, s2), expected);
    order.verify(lane.batches).deliver(List.of(p1, p2), expected);
    order.verify(lane.delivery).deliver(p3, expected);
    order.verify(lane.delivery).deliver(refund, expected);
  }

  @Test
  void whenXeroFailsTheRestWaitWithTheFailedEntryWithoutAnAttemptOfTheirOwn() {
    OutboxEntry s1 = entries.claimed(SourceKind.SALE, "S1");
    OutboxEntry payment = entries.claimed(SourceKind.PAYMENT, "P1");
    OutboxEntry refund = entries.claimed(SourceKind.REFUND, "R1");
    Instant back = Instant.now().plusSeconds(30);
    when(lane.delivery.deliver(s1, new Lane(session, coding))).thenReturn(Optional.of(back));

    lane.deliverInOrder(List.of(s1, payment, refund), () -> {});

    verify(lane.delivery, never()).deliver(eq(payment), any());
    verify(lane.delivery, never()).deliver(eq(refund), any());
    for (OutboxEntry waiting : List.of(payment, refund)) {
      assertEquals(OutboxState.RETRY_WAIT, waiting.getState());
      assertEquals(back, waiting.getNextAttemptAt());
      assertEquals(0, waiting.getAttempts(), "not an attempt of its own");
      assertTrue(waiting.getLastError().contains("S1"), waiting.getLastError());
    }
  }

  @Test
  void aBatchXeroRefusedAsAWholeGoesOneByOne() {
    OutboxEntry s1 = entries.claimed(SourceKind.SALE, "S1");
    OutboxEntry s2 = entries.claimed(SourceKind.SALE, "S2");
    when(lane.batches.deliver(any(), any()))
        .thenReturn(new BatchDelivery.Result(Optional.empty(), List.of(s1, s2)));

    lane.deliverInOrder(List.of(s1, s2), () -> {});

    verify(lane.delivery).deliver(s1, new Lane(session, coding));
    verify(lane.delivery).deliver(s2, new Lane(session, coding));
  }

  @Test
  void anEntryNoLongerHeldIsLeftToTheNodeThatClaimedIt() {
    OutboxEntry mine = entries.claimed(SourceKind.REFUND, "R1");
    OutboxEntry lost = entries.claimed(SourceKind.REFUND, "R2");
    when(lane.outbox.extendLease(eq(List.of(lost.getId())), anyString(), any())).thenReturn(0);

    lane.deliverInOrder(List.of(mine, lost), () -> {});

    verify(lane.delivery).deliver(eq(mine), any());
    verify(lane.delivery, never()).deliver(eq(lost), any());
  }

  @Test
  void aBusinessNotConnectedHasEveryEntryRecordedSoAndNothingSent() {
    List<OutboxEntry> claimed =
        List.of(entries.claimed(SourceKind.SALE, "S1"), entries.claimed(SourceKind.SALE, "S2"));
    when(lane.sessions.open(BUSINESS)).thenReturn(Optional.empty());

    lane.deliverInOrder(claimed, () -> {});

    verify(lane.recorder).recordNotConnected(eq(claimed), any());
    verifyNoInteractions(lane.delivery, lane.batches, lane.summaries);
  }

  @Test
  void aConnectionWaitingForTheUserMakesEveryEntryWaitForIt() {
    List<OutboxEntry> claimed = List.of(entries.claimed(SourceKind.SALE, "S1"));
    when(lane.sessions.open(BUSINESS)).thenThrow(new ConnectionNotUsable("Reconnect to Xero"));

    lane.deliverInOrder(claimed, () -> {});

    verify(lane.recorder).waitForReconnect(claimed, "Reconnect to Xero");
    verifyNoInteractions(lane.delivery, lane.batches, lane.summaries);
  }

  @Test
  void aTokenEndpointThatIsDownIsATransientFailureOfTheLanesEntries() {
    List<OutboxEntry> claimed = List.of(entries.claimed(SourceKind.SALE, "S1"));
    when(lane.sessions.open(BUSINESS))
        .thenThrow(new XeroIdentityException(503, "Xero's identity service answered 503"));

    lane.deliverInOrder(claimed, () -> {});

    ArgumentCaptor<XeroOutcome> outcome = ArgumentCaptor.forClass(XeroOutcome.class);
    verify(lane.recorder).recordFailure(eq(claimed), eq(Optional.empty()), outcome.capture());
    assertInstanceOf(XeroOutcome.RetryLater.class, outcome.getValue());
    verifyNoInteractions(lane.delivery, lane.batches);
  }

  @Test
  void credentialsXeroRefusesAtTheTokenEndpointMakeEntriesWaitForAReconnectionNotPark() {
    List<OutboxEntry> claimed = List.of(entries.claimed(SourceKind.SALE, "S1"));
    when(lane.sessions.open(BUSINESS))
        .thenThrow(new XeroIdentityException(400, "invalid_client", "Xero refused the client"));

    lane.deliverInOrder(claimed, () -> {});

    ArgumentCaptor<XeroOutcome> outcome = ArgumentCaptor.forClass(XeroOutcome.class);
    verify(lane.recorder).recordFailure(eq(claimed), eq(Optional.empty()), outcome.capture());
    assertInstanceOf(XeroOutcome.AccessRevoked.class, outcome.getValue());
  }

  @Test
  void aSessionTheModuleCannotOpenItselfLeavesTheConnectionAloneAndTheEntriesWait() {
    List<OutboxEntry> claimed = List.of(entries.claimed(SourceKind.SALE, "S1"));
    when(lane.sessions.open(BUSINESS))
        .thenThrow(new IllegalStateException("quoox.xero.encryption-key.k1 is not set"));

    lane.deliverInOrder(claimed, () -> {});

    ArgumentCaptor<XeroOutcome> outcome = ArgumentCaptor.forClass(XeroOutcome.class);
    verify(lane.recorder).recordFailure(eq(claimed), eq(Optional.empty()), outcome.capture());
    assertInstanceOf(XeroOutcome.RetryLater.class, outcome.getValue());
  }

  @Test
  void aReadinessHoldKeepsEveryEntryBackWithoutOpeningASession() {
    List<OutboxEntry> claimed = List.of(entries.claimed(SourceKind.SALE, "S1"));
    when(lane.holds.reasonFor(BUSINESS)).thenReturn(Optional.of("the sales account is archived"));

    lane.deliverInOrder(claimed, () -> {});

    verify(lane.recorder)
        .waitUntil(
            eq(claimed), eq("Held until Xero is ready: the sales account is archived"), any());
    verifyNoInteractions(lane.sessions, lane.delivery, lane.batches);
  }

  @Test
  void summarisedEntriesGoFirstAndTheirFailurePostponesTheRest() {
    when(coding.dailySummary()).thenReturn(true);
    OutboxEntry sale = entries.claimed(SourceKind.SALE, "S1");
    OutboxEntry payment = entries.claimed(SourceKind.PAYMENT, "P1");
    Instant back = Instant.now().plusSeconds(30);
    when(lane.summaries.deliver(List.of(sale), new Lane(session, coding)))
        .thenReturn(Optional.of(back));
    List<Runnable> progress = new ArrayList<>();

    lane.deliverInOrder(List.of(sale, payment), () -> progress.add(() -> {}));

    verify(lane.delivery, never()).deliver(any(), any());
    assertEquals(OutboxState.RETRY_WAIT, payment.getState());
    assertEquals(1, progress.size());
  }
}
