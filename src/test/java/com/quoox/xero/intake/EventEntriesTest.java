package com.quoox.xero.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.quoox.xero.events.PaymentProvider;
import com.quoox.xero.events.PaymentReceived;
import com.quoox.xero.events.PayoutPaid;
import com.quoox.xero.events.RefundPaid;
import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.outbox.OutboxState;
import com.quoox.xero.outbox.SourceKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventEntriesTest {

  private static final Instant AT = Instant.parse("2026-11-25T10:15:00Z");

  private static PaymentReceived received(String paymentId, String providerPaymentId) {
    return new PaymentReceived(
        "biz-1",
        paymentId,
        "sale-1",
        PaymentProvider.STRIPE,
        new BigDecimal("12.5"),
        "GBP",
        providerPaymentId,
        new BigDecimal("0.38"),
        AT);
  }

  @Test
  void aPaymentIsKeyedByTheProvidersIdAndMovesItsAmountIntoClearingToTheCent() {
    OutboxEntry entry = EventEntries.of(received("pay-1", "ch_1"));

    assertEquals(SourceKind.PAYMENT, entry.getSourceKind());
    assertEquals("STRIPE:ch_1", entry.getSourceId());
    assertEquals("ch_1", entry.getSourceNumber());
    assertEquals(OutboxState.PENDING, entry.getState());
    assertEquals(new BigDecimal("12.50"), entry.getClearingAmount());
    assertEquals("sale-1", entry.getRelatedSourceId());
  }

  @Test
  void aPaymentWithoutAProviderIdIsKeyedByTheMonolithsId() {
    assertEquals("payment:pay-1", EventEntries.of(received("pay-1", null)).getSourceId());
  }

  @Test
  void aPaymentIdThatFitsItsFieldButMakesTooLongAKeyIsParkedStorableNotFailingTheSale() {
    String longId = "p".repeat(OutboxEntry.SOURCE_ID_LENGTH);

    OutboxEntry entry = EventEntries.of(received(longId, null));

    assertEquals(OutboxState.NEEDS_ATTENTION, entry.getState());
    assertEquals(OutboxEntry.SOURCE_ID_LENGTH, entry.getSourceId().length());
    assertTrue(entry.getLastError().contains("at most 128 fit"), entry.getLastError());
    assertEquals(OutboxEntry.SOURCE_NUMBER_LENGTH, entry.getSourceNumber().length());
  }

  @Test
  void aRefundPaidTakesMoneyOutOfClearingAndWaitsForItsRefund() {
    OutboxEntry entry =
        EventEntries.of(
            new RefundPaid(
                "biz-1",
                "refpay-1",
                "refund-1",
                PaymentProvider.STRIPE,
                new BigDecimal("4"),
                "GBP",
                null,
                AT));

    assertEquals("refund-payment:refpay-1", entry.getSourceId());
    assertEquals(new BigDecimal("-4.00"), entry.getClearingAmount());
    assertEquals("refund-1", entry.getRelatedSourceId());
  }

  @Test
  void aPayoutTakesItsGrossOutOfClearingAndWaitsForNothing() {
    OutboxEntry entry =
        EventEntries.of(
            new PayoutPaid(
                "biz-1",
                "po_1",
                PaymentProvider.STRIPE,
                LocalDate.of(2026, 11, 27),
                "GBP",
                new BigDecimal("100.00"),
                new BigDecimal("2.90"),
                new BigDecimal("97.10"),
                List.of("ch_1")));

    assertEquals("STRIPE:po_1", entry.getSourceId());
    assertEquals(new BigDecimal("-100.00"), entry.getClearingAmount());
    assertNull(entry.getRelatedSourceId());
  }

  @Test
  void anEventWithoutItsKeysIsKeptUnderAMadeUpIdAndParked() {
    OutboxEntry entry = EventEntries.of(received(null, null));

    assertEquals(OutboxState.NEEDS_ATTENTION, entry.getState());
    assertTrue(entry.getSourceId().startsWith("(missing)-"), entry.getSourceId());
    assertTrue(entry.getLastError().contains("paymentId"), entry.getLastError());
  }
}
