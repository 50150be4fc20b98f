package com.quoox.xero.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.quoox.xero.events.PaymentProvider;
import com.quoox.xero.events.SaleCompleted;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArchivedEntryTest {

  private static final String SALE =
      "{\"businessId\":\"b1\",\"saleId\":\"sale-1\",\"saleNumber\":\"S-1\",\"currency\":\"GBP\","
          + "\"lines\":[{\"description\":\"Flat white\"}],\"totalCharged\":8.40}";

  private final Instant archivedAt = Instant.parse("2026-12-06T00:00:00Z");

  @Test
  void anArchivedSaleIsReadBackSentWithItsKeyXeroIdsCurrencyAndTotal() {
    OutboxEntry sale = sent(OutboxEntry.pending(SourceKind.SALE, "b1", "sale-1", "S-1", SALE));

    OutboxEntry read = ArchivedEntry.of(sale, archivedAt).asEntry();

    assertEquals(OutboxState.SENT, read.getState());
    assertTrue(read.isArchived());
    assertEquals(sale.getId(), read.getId());
    assertEquals("b1", read.getBusinessId());
    assertEquals(SourceKind.SALE, read.getSourceKind());
    assertEquals("sale-1", read.getSourceId());
    assertEquals("S-1", read.getSourceNumber());
    assertEquals("inv-1", read.getXeroDocumentId());
    assertEquals("INV-0001", read.getXeroDocumentNumber());
    assertEquals("contact-1", read.getXeroContactId());
    assertEquals(sale.getUpdatedAt(), read.getUpdatedAt());
    SaleCompleted kept = OutboxPayload.read(read.getPayload(), SaleCompleted.class);
    assertEquals("GBP", kept.currency());
    assertEquals(new BigDecimal("8.40"), kept.totalCharged());
    assertTrue(kept.lines().isEmpty(), "the lines are not kept");
  }

  @Test
  void aPaymentKeepsItsSaleProviderAndClearingAmount() {
    OutboxEntry payment =
        sent(
            OutboxEntry.pending(SourceKind.PAYMENT, "b1", "STRIPE:ch_1", "ch_1", "{}")
                .movingMoney(PaymentProvider.STRIPE, new BigDecimal("8.40"), "sale-1"));

    OutboxEntry read = ArchivedEntry.of(payment, archivedAt).asEntry();

    assertEquals("sale-1", read.getRelatedSourceId());
    assertEquals(PaymentProvider.STRIPE, read.getProvider());
    assertEquals(new BigDecimal("8.40"), read.getClearingAmount());
  }

  @Test
  void whatXeroShowedOfTheDocumentIsKeptAndCanChangeAfterwards() {
    OutboxEntry sale = sent(OutboxEntry.pending(SourceKind.SALE, "b1", "sale-1", "S-1", SALE));
    sale.changedInXero(XeroChange.PAID, new BigDecimal("8.40"), Instant.now());
    ArchivedEntry archived = ArchivedEntry.of(sale, archivedAt);
    assertTrue(archived.asEntry().paidInXero());

    OutboxEntry read = archived.asEntry();
    read.changedInXero(XeroChange.VOIDED, null, Instant.now());
    archived.changedInXero(read);

    assertEquals(XeroChange.VOIDED, archived.asEntry().getXeroChange());
  }

  @Test
  void onlySentEntriesLeaveTheOutbox() {
    OutboxEntry pending = OutboxEntry.pending(SourceKind.SALE, "b1", "sale-1", "S-1", SALE);

    assertThrows(IllegalArgumentException.class, () -> ArchivedEntry.of(pending, archivedAt));
  }

  @Test
  void aPayloadThatIsNotAnEventKeepsNoCurrency() {
    OutboxEntry odd = sent(OutboxEntry.pending(SourceKind.SALE, "b1", "sale-2", "S-2", "not json"));

    OutboxEntry read = ArchivedEntry.of(odd, archivedAt).asEntry();

    assertEquals("{}", read.getPayload());
  }

  private static OutboxEntry sent(OutboxEntry entry) {
    entry.claim("node-1", Instant.now().plusSeconds(60));
    entry.markSent("inv-1", "INV-0001", "contact-1", null);
    return entry;
  }
}
