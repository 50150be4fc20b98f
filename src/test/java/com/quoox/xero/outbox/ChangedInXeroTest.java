package com.quoox.xero.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChangedInXeroTest {

  private final OutboxEntry entry =
      OutboxEntry.pending(SourceKind.SALE, "b1", "sale-1", "S-1", "{}");

  private void sent() {
    entry.claim("node-1", Instant.now().plusSeconds(60));
    entry.markSent("inv-id", "INV-0001", "contact-id", null);
  }

  @Test
  void hearingTheSameChangeAgainChangesNothing() {
    sent();
    Instant first = Instant.parse("2026-12-06T03:00:00Z");
    assertTrue(entry.changedInXero(XeroChange.PAID, new BigDecimal("8.40"), first));
    assertFalse(entry.changedInXero(XeroChange.PAID, new BigDecimal("8.4"), Instant.now()));
    assertEquals(first, entry.getXeroChangeAt());
    assertTrue(entry.paidInXero());
  }

  @Test
  void sendingAgainAfterAVoidGoesAsANewRequestWithASuffixedNumber() {
    sent();
    String firstKey = entry.idempotencyKey();
    entry.changedInXero(XeroChange.VOIDED, null, Instant.now());
    entry.sendAgain();

    assertEquals(OutboxState.PENDING, entry.getState());
    assertEquals(1, entry.getSentAgain());
    assertEquals("S-1/2", entry.numberAsSent("S-1"));
    assertNotEquals(firstKey, entry.idempotencyKey());
    assertNull(entry.getXeroChange());
    assertTrue(entry.getLastError().contains("INV-0001 was VOIDED"), entry.getLastError());
  }

  @Test
  void onlyAVoidedOrDeletedDocumentIsSentAgainOrLeft() {
    sent();
    assertThrows(IllegalStateException.class, entry::sendAgain);
    entry.changedInXero(XeroChange.PAID, new BigDecimal("8.40"), Instant.now());
    assertThrows(IllegalStateException.class, entry::sendAgain);
    assertThrows(IllegalStateException.class, entry::leaveAsChangedInXero);
    entry.changedInXero(XeroChange.DELETED, null, Instant.now());
    entry.leaveAsChangedInXero();
    assertTrue(entry.xeroChangeLeft());
    assertEquals("S-1", entry.numberAsSent("S-1"));
  }
}
