package com.quoox.xero.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
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
import com.quoox.xero.xeroapi.XeroOutcome;
import com.quoox.xero.xeroapi.XeroSession;
import com.xero.models.accounting.CreditNote;
import com.xero.models.accounting.Invoice;
import com.xero.models.accounting.Payment;
import com.xero.models.accounting.ValidationError;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * A batch of payments: each of Xero's results lands on its own entry by Reference and invoice, a
 * refused one is parked with Xero's words while the others are SENT, and those an earlier call may
 * have made are looked up in one call first.
 */
class PaymentBatchTest {

  private static final String BUSINESS = "biz-paybatch";

  private final BatchDelivery batches = new BatchDelivery();

  private final XeroSession session = new XeroSession(BUSINESS, "token", "tenant", ZoneOffset.UTC);

  private final Lane lane = new Lane(session, mock(BusinessCoding.class));

  private final XeroAccounting xero = mock(XeroAccounting.class);

  private final PaymentSender sender = mock(PaymentSender.class);

  /** The invoice each payment's entry pays, by the entry's number. */
  private final Map<String, UUID> invoiceOf = new HashMap<>();

  private ClaimedEntries entries;

  @BeforeEach
  void wire() throws Exception {
    batches.payments = new PaymentBatch();
    batches.payments.payments = sender;
    batches.payments.xero = xero;
    batches.recorder = mock(OutcomeRecorder.class);
    batches.datings = mock(DocumentDatings.class);
    entries = new ClaimedEntries(BUSINESS, mock(OutboxRepository.class));
    when(batches.datings.of(any(), any())).thenReturn(new DocumentDating(ZoneOffset.UTC, null));
    when(batches.recorder.holdForBudget(any(), any())).thenReturn(Optional.empty());
    when(batches.recorder.recordFailure(any(), any(), any()))
        .thenReturn(Optional.of(Instant.now()));
    when(sender.prepareReceived(any(), any(), any()))
        .thenAnswer(
            call -> {
              OutboxEntry entry = call.getArgument(0);
              Payment payment = payment(entry.getSourceNumber());
              return new BatchedDocuments.Prepared.ToSend<Payment>(
                  payment,
                  created ->
                      new Delivery.Sent(
                          created.getPaymentID().toString(), payment.getReference(), null, null));
            });
  }

  private OutboxEntry claimed(String number) {
    invoiceOf.put(number, UUID.randomUUID());
    return entries.claimed(SourceKind.PAYMENT, number);
  }

  private Payment payment(String number) {
    return new Payment()
        .reference(number)
        .amount(8.40)
        .invoice(new Invoice().invoiceID(invoiceOf.get(number)));
  }

  private Payment created(String number) {
    return payment(number).paymentID(UUID.randomUUID());
  }

  @Test
  void resultsAreMatchedByReferenceAndInvoiceAndARefusedOneIsParkedWithXerosWords()
      throws Exception {
    OutboxEntry p1 = claimed("card-1");
    OutboxEntry p2 = claimed("card-2");
    OutboxEntry p3 = claimed("card-3");
    Payment refused =
        payment("card-2")
            .paymentID(new UUID(0, 0))
            .addValidationErrorsItem(
                new ValidationError()
                    .message("Payment amount exceeds the amount outstanding on this document"));
    when(xero.createPayments(eq(session), any(), anyString()))
        .thenReturn(List.of(created("card-3"), refused, created("card-1")));

    BatchDelivery.Result result = batches.deliver(List.of(p1, p2, p3), lane);

    assertEquals(BatchDelivery.Result.done(), result);
    assertEquals("card-1", sentNumberOf(p1));
    assertEquals("card-3", sentNumberOf(p3));
    verify(batches.recorder)
        .rejected(List.of(p2), "Payment amount exceeds the amount outstanding on this document");
    verify(xero).createPayments(eq(session), any(), anyString());
  }

  @Test
  void paymentsThatMayBeInXeroAreLookedUpInOneCallAndOnlyTheMissingOnesSent() throws Exception {
    OutboxEntry found = claimed("card-1");
    OutboxEntry missing = claimed("card-2");
    OutboxEntry fresh = claimed("card-3");
    found.outcomeUnknown();
    missing.outcomeUnknown();
    // The same reference on another invoice is another payment, not this one.
    Payment elsewhere = created("card-2").invoice(new Invoice().invoiceID(UUID.randomUUID()));
    when(xero.findPayments(session, List.of("card-1", "card-2")))
        .thenReturn(List.of(created("card-1"), elsewhere));
    when(xero.createPayments(eq(session), any(), anyString()))
        .thenReturn(List.of(created("card-2"), created("card-3")));

    batches.deliver(List.of(found, missing, fresh), lane);

    @SuppressWarnings("unchecked")
    ArgumentCaptor<List<Payment>> sent = ArgumentCaptor.forClass(List.class);
    verify(xero).createPayments(eq(session), sent.capture(), anyString());
    assertEquals(
        List.of("card-2", "card-3"), sent.getValue().stream().map(Payment::getReference).toList());
    assertEquals("card-1", sentNumberOf(found));
  }

  @Test
  void aResultWithNeitherAnIdNorAReasonMayBeInXeroAndIsLookedUpNextTime() throws Exception {
    OutboxEntry p1 = claimed("card-1");
    OutboxEntry p2 = claimed("card-2");
    when(xero.createPayments(eq(session), any(), anyString()))
        .thenReturn(List.of(created("card-1"), payment("card-2")));

    BatchDelivery.Result result = batches.deliver(List.of(p1, p2), lane);

    assertTrue(result.xeroBackAt().isPresent());
    ArgumentCaptor<XeroOutcome> outcome = ArgumentCaptor.forClass(XeroOutcome.class);
    verify(batches.recorder)
        .recordFailure(eq(List.of(p2)), eq(Optional.of(session)), outcome.capture());
    assertTrue(outcome.getValue() instanceof XeroOutcome.RetryLater);
    assertEquals("card-1", sentNumberOf(p1));
  }

  @Test
  void aPaymentWhoseInvoiceIsNotInXeroYetWaitsAndIsNotSent() throws Exception {
    OutboxEntry ready = claimed("card-1");
    OutboxEntry early = claimed("card-2");
    Delivery.Waiting waiting = new Delivery.Waiting("Waiting for the invoice", Instant.now());
    doReturn(new BatchedDocuments.Prepared.Decided<Payment>(waiting))
        .when(sender)
        .prepareReceived(eq(early), any(), any());
    when(xero.createPayments(eq(session), any(), anyString()))
        .thenReturn(List.of(created("card-1")));

    batches.deliver(List.of(ready, early), lane);

    verify(batches.recorder)
        .recordDeliveries(List.of(new OutcomeRecorder.Delivered(early, waiting)));
    @SuppressWarnings("unchecked")
    ArgumentCaptor<List<Payment>> sent = ArgumentCaptor.forClass(List.class);
    verify(xero).createPayments(eq(session), sent.capture(), anyString());
    assertEquals(List.of("card-1"), sent.getValue().stream().map(Payment::getReference).toList());
    verify(batches.recorder, never()).recordFailure(any(), any(), any());
  }

  @Test
  void aPaymentIsNamedByTheDocumentItPaysEvenBesideAnEmptyObjectForTheOtherKind() {
    UUID creditNoteId = UUID.randomUUID();
    Payment refundPaid =
        new Payment()
            .reference("re_1")
            .invoice(new Invoice())
            .creditNote(new CreditNote().creditNoteID(creditNoteId));

    assertEquals("re_1|" + creditNoteId, PaymentSender.matchKey(refundPaid));
  }

  private String sentNumberOf(OutboxEntry entry) {
    return RecordedDeliveries.sentNumberOf(batches.recorder, entry);
  }
}
