package com.quoox.xero.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.quoox.xero.chart.OrganisationCharts;
import com.quoox.xero.coding.MappingsRepository;
import com.quoox.xero.connection.SyncStarts;
import com.quoox.xero.connection.XeroSessions;
import com.quoox.xero.mapping.BusinessCoding;
import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.outbox.OutboxRepository;
import com.quoox.xero.outbox.OutboxState;
import com.quoox.xero.outbox.SourceKind;
import com.quoox.xero.xeroapi.XeroCallBudget;
import com.quoox.xero.xeroapi.XeroOutcome;
import com.quoox.xero.xeroapi.XeroScopes;
import com.quoox.xero.xeroapi.XeroSession;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What each outcome of a call does to the entries it carried, the connection and the circuit. */
class OutcomeRecorderTest {

  private static final String BUSINESS = "biz-outcomes";

  private final OutcomeRecorder recorder = new OutcomeRecorder();

  private final XeroSession session = new XeroSession(BUSINESS, "token", "tenant", ZoneOffset.UTC);

  private ClaimedEntries entries;

  @BeforeEach
  void wire() {
    recorder.sessions = mock(XeroSessions.class);
    recorder.syncStarts = mock(SyncStarts.class);
    recorder.mappings = mock(MappingsRepository.class);
    recorder.outbox = mock(OutboxRepository.class);
    recorder.settings = mock(DispatchSettings.class);
    recorder.outcomes = mock(DeliveryOutcomes.class);
    recorder.budget = mock(XeroCallBudget.class);
    recorder.charts = mock(OrganisationCharts.class);
    when(recorder.settings.retryPolicy())
        .thenReturn(new RetryPolicy(Duration.ofSeconds(5), Duration.ofMinutes(10)));
    entries = new ClaimedEntries(BUSINESS, recorder.outbox);
  }

  @Test
  void aFailedBatchCountsOnceTowardsTheCircuitAndEveryEntryMayBeInXero() {
    List<OutboxEntry> batch =
        List.of(
            entries.claimed(SourceKind.SALE, "S1"),
            entries.claimed(SourceKind.SALE, "S2"),
            entries.claimed(SourceKind.SALE, "S3"));

    Optional<Instant> back =
        recorder.recordFailure(
            batch, Optional.of(session), new XeroOutcome.RetryLater(null, "Xero answered 503"));

    assertTrue(back.isPresent());
    verify(recorder.outcomes, times(1)).failedTransiently(BUSINESS, 3);
    for (OutboxEntry entry : batch) {
      assertEquals(OutboxState.RETRY_WAIT, entry.getState());
      assertEquals(back.get(), entry.getNextAttemptAt(), "due together again");
      assertTrue(entry.mayBeInXero(), "looked up before it is sent again");
    }
  }

  @Test
  void theMostTriedEntryOfACallSetsTheBackOffSoALateJoinerCannotShortenIt() {
    OutboxEntry late = entries.claimed(SourceKind.SALE, "S2");
    OutboxEntry tried = entries.claimed(SourceKind.SALE, "S1");
    tried.claim("node-1", Instant.now().plusSeconds(60));
    tried.claim("node-1", Instant.now().plusSeconds(60));
    assertEquals(3, tried.getAttempts());

    Instant before = Instant.now();
    Optional<Instant> back =
        recorder.recordFailure(
            List.of(late, tried),
            Optional.of(session),
            new XeroOutcome.RetryLater(null, "Xero answered 503"));

    // 5 s doubled for each attempt after the first: 20 s for the third.
    assertTrue(back.orElseThrow().isAfter(before.plusSeconds(19)), back.toString());
    assertEquals(back.get(), late.getNextAttemptAt(), "due together again");
  }

  @Test
  void a429IsHonouredWithoutOpeningTheCircuitOrDoubtingTheOutcome() {
    OutboxEntry entry = entries.claimed(SourceKind.SALE, "S1");

    Optional<Instant> back =
        recorder.recordFailure(
            List.of(entry),
            Optional.of(session),
            new XeroOutcome.RetryLater(Duration.ofSeconds(7), "Xero answered 429"));

    assertTrue(back.isPresent());
    assertFalse(entry.mayBeInXero(), "a 429 is answered before Xero does anything");
    verify(recorder.outcomes).rateLimited(BUSINESS);
    verify(recorder.outcomes).callsSpent(BUSINESS, back.get());
    verify(recorder.outcomes, never())
        .failedTransiently(anyString(), org.mockito.ArgumentMatchers.anyInt());
  }

  @Test
  void aBudgetDownToTheReserveHoldsTheEntriesAndTellsEveryNode() {
    OutboxEntry entry = entries.claimed(SourceKind.SALE, "S1");
    Instant renews = Instant.now().plusSeconds(40);
    when(recorder.budget.holdUntil("tenant")).thenReturn(Optional.of(renews));

    Optional<Instant> held = recorder.holdForBudget(List.of(entry), session);

    assertEquals(Optional.of(renews), held);
    assertEquals(renews, entry.getNextAttemptAt());
    verify(recorder.outcomes).callsSpent(BUSINESS, renews);
  }

  @Test
  void aFailedCallIsNoReasonToHoldOtherNodes() {
    OutboxEntry entry = entries.claimed(SourceKind.SALE, "S1");

    recorder.recordFailure(
        List.of(entry),
        Optional.of(session),
        new XeroOutcome.RetryLater(null, "Xero answered 503"));

    verify(recorder.outcomes, never()).callsSpent(anyString(), any());
  }

  @Test
  void aFirstRefusedTokenIsRenewedAndTheLaneStopsForTheNewOne() {
    OutboxEntry entry = entries.claimed(SourceKind.SALE, "S1");
    XeroOutcome.TokenRefused refused = new XeroOutcome.TokenRefused("Xero refused the token (401)");

    Optional<Instant> back = recorder.recordFailure(List.of(entry), Optional.of(session), refused);

    assertTrue(back.isPresent(), "the rest of the lane must not go with the refused token");
    verify(recorder.sessions).tokenRefused(session);
    assertEquals(OutboxState.RETRY_WAIT, entry.getState());
  }

  @Test
  void aTokenRefusedAgainAfterRenewalParksForTheMissingScopeNotedOncePerScope() {
    XeroOutcome.TokenRefused refused = new XeroOutcome.TokenRefused("Xero refused the token (401)");
    OutboxEntry p1 = entries.claimed(SourceKind.PAYMENT, "P1");
    OutboxEntry p2 = entries.claimed(SourceKind.PAYMENT, "P2");
    for (OutboxEntry entry : List.of(p1, p2)) {
      entry.scheduleRetry(refused.reason(), Instant.now());
      entry.claim("node-1", Instant.now().plusSeconds(60));
    }

    Optional<Instant> back = recorder.recordFailure(List.of(p1, p2), Optional.of(session), refused);

    assertTrue(back.isEmpty(), "entries of other kinds may still go");
    verify(recorder.sessions, never()).tokenRefused(any());
    verify(recorder.sessions, times(1)).scopeMissing(BUSINESS, XeroScopes.PAYMENTS);
    for (OutboxEntry entry : List.of(p1, p2)) {
      assertEquals(OutboxState.NEEDS_ATTENTION, entry.getState());
      assertTrue(entry.getLastError().contains(XeroScopes.PAYMENTS), entry.getLastError());
    }
  }

  @Test
  void revokedAccessTurnsTheConnectionToReconnectAndTheEntriesWait() {
    OutboxEntry entry = entries.claimed(SourceKind.SALE, "S1");

    Optional<Instant> back =
        recorder.recordFailure(
            List.of(entry), Optional.of(session), new XeroOutcome.AccessRevoked("403"));

    assertTrue(back.isPresent());
    verify(recorder.sessions).accessRevoked(BUSINESS, "403");
    assertEquals(OutboxState.RETRY_WAIT, entry.getState());
    assertEquals("403", entry.getLastError(), "waiting with the reason, not parked");
  }

  @Test
  void aRefusedDocumentIsParkedWithXerosWords() {
    OutboxEntry entry = entries.claimed(SourceKind.SALE, "S1");
    when(recorder.mappings.codingFor(BUSINESS)).thenReturn(mock(BusinessCoding.class));

    recorder.recordFailure(
        List.of(entry),
        Optional.of(session),
        new XeroOutcome.Rejected("Xero rejected it: Account code '999' is not a valid code"));

    assertEquals(OutboxState.NEEDS_ATTENTION, entry.getState());
    assertEquals("Xero rejected it: Account code '999' is not a valid code", entry.getLastError());
    verify(recorder.outcomes).rejectedByXero(BUSINESS);
  }

  @Test
  void aLockedPeriodRefusalOfABusinessThatDatesOnTheFirstOpenDayIsDatedAnewOnceWithANewKey() {
    OutboxEntry entry = entries.claimed(SourceKind.SALE, "S1");
    String keyBefore = entry.idempotencyKey();
    BusinessCoding coding = mock(BusinessCoding.class);
    when(coding.datesOnFirstOpenDay()).thenReturn(true);
    when(recorder.mappings.codingFor(BUSINESS)).thenReturn(coding);
    String locked = "The document date cannot be before the period lock date";

    recorder.rejected(List.of(entry), locked);

    assertEquals(OutboxState.RETRY_WAIT, entry.getState());
    assertFalse(keyBefore.equals(entry.idempotencyKey()), "a different request needs a new key");
    verify(recorder.charts).forgetOrganisation(BUSINESS);

    entry.claim("node-1", Instant.now().plusSeconds(60));
    recorder.rejected(List.of(entry), locked);

    assertEquals(OutboxState.NEEDS_ATTENTION, entry.getState(), "refused again: parked");
  }

  @Test
  void entriesOfABusinessThatWasConnectedWaitForItAndOfOneThatNeverWasAreSkipped() {
    OutboxEntry waits = entries.claimed(SourceKind.SALE, "S1");
    when(recorder.syncStarts.everConnected(BUSINESS)).thenReturn(true);
    recorder.recordNotConnected(List.of(waits), e -> {});
    assertEquals(OutboxState.RETRY_WAIT, waits.getState());
    assertEquals(OutboxEntry.WAITING_FOR_CONNECTION, waits.getLastError());

    OutboxEntry skipped = entries.claimed(SourceKind.SALE, "S2");
    when(recorder.syncStarts.everConnected(BUSINESS)).thenReturn(false);
    recorder.recordNotConnected(List.of(skipped), e -> {});
    assertEquals(OutboxState.SKIPPED, skipped.getState());
  }

  @Test
  void aSentDeliveryIsRecordedWithXerosIdsAndCounted() {
    OutboxEntry entry = entries.claimed(SourceKind.SALE, "S1");

    recorder.recordDelivery(entry, new Delivery.Sent("inv-id", "INV-0001", "contact-id", null));

    assertEquals(OutboxState.SENT, entry.getState());
    assertEquals("INV-0001", entry.getXeroDocumentNumber());
    verify(recorder.outcomes).sent(BUSINESS, 1);
  }

  @Test
  void aCallsDeliveriesAreOneCommitAndCountedOnce() {
    OutboxEntry s1 = entries.claimed(SourceKind.SALE, "S1");
    OutboxEntry s2 = entries.claimed(SourceKind.SALE, "S2");
    OutboxEntry s3 = entries.claimed(SourceKind.SALE, "S3");

    recorder.recordDeliveries(
        List.of(
            new OutcomeRecorder.Delivered(s1, new Delivery.Sent("i1", "INV-0001", "c", null)),
            new OutcomeRecorder.Delivered(s2, new Delivery.Sent("i2", "INV-0002", "c", null)),
            new OutcomeRecorder.Delivered(s3, new Delivery.NotRecorded("not recorded here"))));

    verify(recorder.outbox).updateAll(any());
    verify(recorder.outbox, never()).update(any(), any());
    assertEquals(
        List.of(OutboxState.SENT, OutboxState.SENT, OutboxState.SKIPPED),
        List.of(s1.getState(), s2.getState(), s3.getState()));
    verify(recorder.outcomes).sent(BUSINESS, 2);
  }
}
