package com.quoox.xero.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxEntryTest {

  private final OutboxEntry entry =
      OutboxEntry.pending(SourceKind.SALE, "b1", "sale-1", "S-1", "{}");

  @Test
  void newEntryIsPendingAndDueNow() {
    assertEquals(OutboxState.PENDING, entry.getState());
    assertEquals(0, entry.getAttempts());
    assertTrue(!entry.getNextAttemptAt().isAfter(Instant.now()));
  }

  @Test
  void claimCountsAnAttemptAndSentRecordsXerosDocument() {
    entry.claim("node-1", Instant.now().plusSeconds(60));
    entry.markSent("inv-id", "INV-0001", "contact-id", null);

    assertEquals(OutboxState.SENT, entry.getState());
    assertEquals(1, entry.getAttempts());
    assertEquals("INV-0001", entry.getXeroDocumentNumber());
    assertNull(entry.getLastError());
  }

  @Test
  void waitingForTheSalesInvoiceDoesNotCountAsAnAttempt() {
    entry.claim("node-1", Instant.now().plusSeconds(60));
    entry.waitUntil("Waiting for the invoice", Instant.now().plusSeconds(1));

    assertEquals(0, entry.getAttempts());
    assertEquals(OutboxState.RETRY_WAIT, entry.getState());
  }

  @Test
  void automaticRetriesKeepTheIdempotencyKeyAndAPersonsRetryChangesIt() {
    String first = entry.idempotencyKey();
    entry.claim("node-1", Instant.now().plusSeconds(60));
    entry.scheduleRetry("503", Instant.now());
    assertEquals(first, entry.idempotencyKey());
    assertEquals(entry.getId(), first);

    entry.claim("node-1", Instant.now().plusSeconds(60));
    entry.park("Account code '999' is not a valid code");
    entry.retryNow();

    assertEquals(entry.getId() + "-r1", entry.idempotencyKey());
    assertEquals(OutboxState.PENDING, entry.getState());
  }

  @Test
  void sentEntryCannotBeRetried() {
    entry.claim("node-1", Instant.now());
    entry.markSent("id", "INV-1", "c", null);

    assertThrows(IllegalStateException.class, entry::retryNow);
  }

  @Test
  void overlongReasonIsCutToTheColumnSize() {
    entry.park("x".repeat(5000));

    assertEquals(OutboxEntry.MAX_ERROR_LENGTH, entry.getLastError().length());
  }

  @Test
  void invalidEventIsStoredParkedWithItsReason() {
    OutboxEntry parked =
        OutboxEntry.parked(SourceKind.SALE, "b1", "s", "S-9", "{}", "Invalid event: no lines");

    assertEquals(OutboxState.NEEDS_ATTENTION, parked.getState());
    assertEquals("Invalid event: no lines", parked.getLastError());
  }
}
