package com.quoox.xero.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.quoox.xero.mapping.BusinessCoding;
import com.quoox.xero.mapping.DocumentDating;
import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.outbox.OutboxRepository;
import com.quoox.xero.outbox.SourceKind;
import com.quoox.xero.xeroapi.XeroAccounting;
import com.quoox.xero.xeroapi.XeroSession;
import com.xero.api.XeroBadRequestException;
import com.xero.models.accounting.Contact;
import com.xero.models.accounting.Invoice;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * A batch of invoices: its answers land on their own entries, whatever order Xero gives them in.
 */
class BatchDeliveryTest {

  private static final String BUSINESS = "biz-batch";

  private final BatchDelivery batches = new BatchDelivery();

  private final XeroSession session = new XeroSession(BUSINESS, "token", "tenant", ZoneOffset.UTC);

  private final Lane lane = new Lane(session, mock(BusinessCoding.class));

  private ClaimedEntries entries;

  private final XeroAccounting xero = mock(XeroAccounting.class);

  private final InvoiceSender invoices = mock(InvoiceSender.class);

  @BeforeEach
  void wire() throws Exception {
    batches.invoices = new InvoiceBatch();
    batches.invoices.invoices = invoices;
    batches.invoices.xero = xero;
    batches.recorder = mock(OutcomeRecorder.class);
    batches.datings = mock(DocumentDatings.class);
    entries = new ClaimedEntries(BUSINESS, mock(OutboxRepository.class));
    when(batches.datings.of(any(), any())).thenReturn(new DocumentDating(ZoneOffset.UTC, null));
    when(batches.recorder.holdForBudget(any(), any())).thenReturn(Optional.empty());
    when(invoices.map(any(), any(), any()))
        .thenAnswer(
            call -> {
              OutboxEntry entry = call.getArgument(0);
              return new InvoiceSender.MappedSale(
                  new Invoice().reference("Ref " + entry.getSourceNumber()),
                  new BigDecimal("8.40"));
            });
  }

  private static Invoice created(String reference, String number) {
    return new Invoice()
        .invoiceID(UUID.randomUUID())
        .invoiceNumber(number)
        .reference(reference)
        .contact(new Contact().contactID(UUID.randomUUID()));
  }

  @Test
  void answersAreMatchedToEntriesByReferenceNeverByPosition() throws Exception {
    OutboxEntry s1 = entries.claimed(SourceKind.SALE, "S1");
    OutboxEntry s2 = entries.claimed(SourceKind.SALE, "S2");
    when(xero.createInvoices(eq(session), any(), anyString()))
        .thenReturn(List.of(created("Ref S2", "INV-0002"), created("Ref S1", "INV-0001")));

    BatchDelivery.Result result = batches.deliver(List.of(s1, s2), lane);

    assertEquals(BatchDelivery.Result.done(), result);
    assertEquals("INV-0001", sentNumberOf(s1));
    assertEquals("INV-0002", sentNumberOf(s2));
  }

  @Test
  void entriesThatMayBeInXeroAreLookedUpTogetherAndOnlyTheMissingOnesSent() throws Exception {
    OutboxEntry found = entries.claimed(SourceKind.SALE, "S1");
    OutboxEntry missing = entries.claimed(SourceKind.SALE, "S2");
    OutboxEntry fresh = entries.claimed(SourceKind.SALE, "S3");
    found.outcomeUnknown();
    missing.outcomeUnknown();
    when(xero.findInvoices(session, List.of("Ref S1", "Ref S2")))
        .thenReturn(Map.of("Ref S1", created("Ref S1", "INV-0001")));
    when(xero.createInvoices(eq(session), any(), anyString()))
        .thenReturn(List.of(created("Ref S2", "INV-0002"), created("Ref S3", "INV-0003")));

    batches.deliver(List.of(found, missing, fresh), lane);

    @SuppressWarnings("unchecked")
    ArgumentCaptor<List<Invoice>> sent = ArgumentCaptor.forClass(List.class);
    verify(xero).createInvoices(eq(session), sent.capture(), anyString());
    assertEquals(
        List.of("Ref S2", "Ref S3"), sent.getValue().stream().map(Invoice::getReference).toList());
    assertEquals("INV-0001", sentNumberOf(found));
  }

  @Test
  void anEntryTheAnswerNamesNoResultForMayBeInXeroAndWaits() throws Exception {
    OutboxEntry s1 = entries.claimed(SourceKind.SALE, "S1");
    OutboxEntry s2 = entries.claimed(SourceKind.SALE, "S2");
    when(xero.createInvoices(eq(session), any(), anyString()))
        .thenReturn(List.of(created("Ref S1", "INV-0001")));
    when(batches.recorder.recordFailure(any(), any(), any()))
        .thenReturn(Optional.of(java.time.Instant.now()));

    BatchDelivery.Result result = batches.deliver(List.of(s1, s2), lane);

    assertTrue(result.xeroBackAt().isPresent());
    verify(batches.recorder).recordFailure(eq(List.of(s2)), eq(Optional.of(session)), any());
  }

  @Test
  void aBatchRefusedAsAWholeIsHandedBackToGoOneByOneLookedUpFirst() throws Exception {
    OutboxEntry s1 = entries.claimed(SourceKind.SALE, "S1");
    OutboxEntry s2 = entries.claimed(SourceKind.SALE, "S2");
    when(xero.createInvoices(eq(session), any(), anyString()))
        .thenThrow(
            new XeroBadRequestException(
                "Invoices",
                new com.xero.models.accounting.Error().message("A validation error"),
                null));

    BatchDelivery.Result result = batches.deliver(List.of(s1, s2), lane);

    assertEquals(List.of(s1, s2), result.sendAlone());
    assertTrue(s1.mayBeInXero() && s2.mayBeInXero());
    verify(batches.recorder, never()).recordFailure(any(), any(), any());
  }

  private String sentNumberOf(OutboxEntry entry) {
    return RecordedDeliveries.sentNumberOf(batches.recorder, entry);
  }
}
