package com.quoox.xero.synclog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.quoox.xero.outbox.SourceKind;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SyncLogEntryTest {

  @Test
  void aSaleShowsItsTotalChargedAsWritten() {
    var payload = SyncLogEntry.payloadOf("{\"totalCharged\": 12.50, \"currency\": \"GBP\"}");

    assertEquals(new BigDecimal("12.50"), SyncLogEntry.amountOf(SourceKind.SALE, null, payload));
  }

  @Test
  void aRefundShowsItsAmount() {
    var payload = SyncLogEntry.payloadOf("{\"amount\": \"3.20\"}");

    assertEquals(new BigDecimal("3.20"), SyncLogEntry.amountOf(SourceKind.REFUND, null, payload));
  }

  @Test
  void aPaymentShowsTheAmountItMovesThroughTheClearingAccount() {
    var payload = SyncLogEntry.payloadOf("{\"amount\": 99}");

    assertEquals(
        new BigDecimal("4.00"),
        SyncLogEntry.amountOf(SourceKind.PAYMENT, new BigDecimal("4.00"), payload));
  }

  @Test
  void anUnreadablePayloadShowsNoAmountRatherThanFailingTheLog() {
    assertNull(SyncLogEntry.amountOf(SourceKind.SALE, null, SyncLogEntry.payloadOf("not json")));
    assertNull(SyncLogEntry.amountOf(SourceKind.SALE, null, SyncLogEntry.payloadOf(null)));
  }
}
