package com.quoox.xero.dispatch;

import com.quoox.xero.coding.ProviderSettingsRepository;
import com.quoox.xero.events.PaymentProvider;
import com.quoox.xero.events.PaymentReceived;
import com.quoox.xero.events.RefundIssued;
import com.quoox.xero.events.RefundPaid;
import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.mapping.BusinessCoding;
import com.quoox.xero.mapping.DocumentDating;
import com.quoox.xero.mapping.PaymentToXero;
import com.quoox.xero.mapping.ProviderAccounts;
import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.outbox.OutboxPayload;
import com.quoox.xero.outbox.SourceKind;
import com.quoox.xero.xeroapi.CreateOnce;
import com.quoox.xero.xeroapi.XeroAccounting;
import com.quoox.xero.xeroapi.XeroSession;
import com.xero.models.accounting.Payment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends money received for a sale as a payment on its invoice, and money paid back for a refund as
 * a payment on its credit note, each once the document is in Xero and only for providers whose
 * payments the business records; alone, or prepared for a batch ({@link PaymentBatch}).
 */
@ApplicationScoped
class PaymentSender {

  static final String PAID_IN_XERO = "Skipped: already paid in Xero, invoice ";

  @Inject XeroAccounting xero;

  @Inject Prerequisites prerequisites;

  @Inject ProviderSettingsRepository providers;

  @Inject DocumentDatings datings;

  Delivery sendReceived(OutboxEntry entry, XeroSession session, BusinessCoding coding)
      throws IOException {
    return sendOnce(entry, session, prepareReceived(entry, coding, datings.of(session, coding)));
  }

  /**
   * The payment to send for money received, once its sale's invoice is in Xero; or what the entry
   * comes to now: waiting for the invoice, or not recorded (the provider's payments are off, or an
   * accountant paid the invoice in Xero already).
   */
  BatchedDocuments.Prepared<Payment> prepareReceived(
      OutboxEntry entry, BusinessCoding coding, DocumentDating dating) {
    PaymentReceived payment = OutboxPayload.read(entry.getPayload(), PaymentReceived.class);
    String reference = PaymentToXero.reference(payment);
    ProviderAccounts accounts = providers.forProvider(entry.getBusinessId(), payment.provider());
    if (!accounts.recordPayments()) {
      return decided(notRecorded(payment.provider()));
    }
    OutboxEntry sale =
        prerequisites.find(
            entry.getBusinessId(),
            SourceKind.SALE,
            payment.saleId(),
            () ->
                "Payment "
                    + reference
                    + " is for sale "
                    + payment.saleId()
                    + ", which Quoox never recorded for Xero");
    Optional<Delivery> waiting =
        prerequisites.untilSent(sale, "the invoice of sale " + sale.getSourceNumber());
    if (waiting.isPresent()) {
      return decided(waiting.get());
    }
    if (sale.paidInXero()) {
      // An accountant recorded the money in Xero already; Xero takes no payment on a PAID invoice.
      return decided(new Delivery.NotRecorded(PAID_IN_XERO + sale.getXeroDocumentNumber()));
    }
    UUID invoiceId = UUID.fromString(sale.getXeroDocumentId());
    String currency = OutboxPayload.read(sale.getPayload(), SaleCompleted.class).currency();
    Payment toSend = new PaymentToXero(dating).received(payment, invoiceId, currency, accounts);
    return toSend(toSend, payment.amount(), sale.getXeroContactId());
  }

  Delivery sendRefunded(OutboxEntry entry, XeroSession session, BusinessCoding coding)
      throws IOException {
    RefundPaid paid = OutboxPayload.read(entry.getPayload(), RefundPaid.class);
    String reference = PaymentToXero.reference(paid);
    ProviderAccounts accounts = providers.forProvider(entry.getBusinessId(), paid.provider());
    if (!accounts.recordPayments()) {
      return notRecorded(paid.provider());
    }
    OutboxEntry refund =
        prerequisites.find(
            entry.getBusinessId(),
            SourceKind.REFUND,
            paid.refundId(),
            () ->
                "Refund payment "
                    + reference
                    + " is for refund "
                    + paid.refundId()
                    + ", which Quoox never recorded for Xero");
    Optional<Delivery> waiting =
        prerequisites.untilSent(refund, "the credit note of refund " + refund.getSourceNumber());
    if (waiting.isPresent()) {
      return waiting.get();
    }
    UUID creditNoteId = UUID.fromString(refund.getXeroDocumentId());
    String currency = OutboxPayload.read(refund.getPayload(), RefundIssued.class).currency();
    Payment toSend =
        new PaymentToXero(datings.of(session, coding))
            .refunded(paid, creditNoteId, currency, accounts);
    return sendOnce(entry, session, toSend(toSend, paid.amount(), refund.getXeroContactId()));
  }

  private static Delivery notRecorded(PaymentProvider provider) {
    return new Delivery.NotRecorded(
        "Not recorded: " + provider + " payments are switched off in the Xero settings");
  }

  private static BatchedDocuments.Prepared<Payment> decided(Delivery delivery) {
    return new BatchedDocuments.Prepared.Decided<>(delivery);
  }

  private static BatchedDocuments.Prepared<Payment> toSend(
      Payment payment, BigDecimal amount, String contactId) {
    return new BatchedDocuments.Prepared.ToSend<>(
        payment,
        created ->
            new Delivery.Sent(
                created.getPaymentID().toString(),
                payment.getReference(),
                contactId,
                XeroTotalCheck.warning("Payment", amount, created.getAmount())));
  }

  /**
   * What names a payment in Xero: its Reference and the invoice or credit note it pays (one
   * provider payment may not be another document's).
   */
  static String matchKey(Payment payment) {
    // An answer may carry an empty nested object for the kind of document it does not pay.
    UUID invoiceId = payment.getInvoice() == null ? null : payment.getInvoice().getInvoiceID();
    UUID creditNoteId =
        payment.getCreditNote() == null ? null : payment.getCreditNote().getCreditNoteID();
    return payment.getReference() + "|" + (invoiceId != null ? invoiceId : creditNoteId);
  }

  /**
   * Creates the payment, unless an earlier attempt with an unknown outcome already did: then it is
   * found by its reference and document (another amount is noted on the entry, never paid twice).
   */
  private Delivery sendOnce(
      OutboxEntry entry, XeroSession session, BatchedDocuments.Prepared<Payment> prepared)
      throws IOException {
    if (prepared instanceof BatchedDocuments.Prepared.Decided<Payment> decided) {
      return decided.delivery();
    }
    var toSend = (BatchedDocuments.Prepared.ToSend<Payment>) prepared;
    Payment payment = toSend.document();
    Payment created =
        CreateOnce.create(
            session,
            entry.mayBeInXero(),
            s ->
                xero.findPayments(s, payment.getReference()).stream()
                    .filter(found -> matchKey(found).equals(matchKey(payment)))
                    .findFirst(),
            s -> xero.createPayment(s, payment, entry.idempotencyKey()));
    return toSend.asSent().apply(created);
  }
}
