package com.quoox.xero.dispatch;

import com.quoox.xero.connection.XeroSession;
import com.quoox.xero.events.RefundIssued;
import com.quoox.xero.mapping.BusinessCoding;
import com.quoox.xero.mapping.MappingException;
import com.quoox.xero.mapping.RefundToCreditNote;
import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.outbox.OutboxPayload;
import com.quoox.xero.outbox.OutboxRepository;
import com.quoox.xero.outbox.OutboxState;
import com.quoox.xero.outbox.SourceKind;
import com.quoox.xero.xeroapi.XeroAccounting;
import com.xero.models.accounting.Contact;
import com.xero.models.accounting.CreditNote;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Sends a refund's entry to Xero as a credit note on the sale invoice's contact, then allocates it
 * to that invoice. It waits until the sale's invoice is in Xero (DESIGN §2, ordering).
 */
@ApplicationScoped
class CreditNoteSender {

  /** Look again soon while the sale's invoice is on its way, less often while it is stuck. */
  private static final Duration SOON = Duration.ofSeconds(1);

  private static final Duration LATER = Duration.ofSeconds(30);

  private final RefundToCreditNote refundToCreditNote = new RefundToCreditNote();

  @Inject XeroAccounting xero;

  @Inject OutboxRepository outbox;

  Delivery send(OutboxEntry entry, XeroSession session, BusinessCoding coding) throws IOException {
    RefundIssued refund = OutboxPayload.read(entry.getPayload(), RefundIssued.class);
    OutboxEntry sale =
        outbox
            .findBySource(entry.getBusinessId(), SourceKind.SALE, refund.saleId())
            .orElseThrow(
                () ->
                    new MappingException(
                        "Refund " + refund.refundNumber() + " is for sale " + refund.saleId()
                            + ", which Quoox never recorded for Xero"));
    if (sale.getState() != OutboxState.SENT) {
      return new Delivery.Waiting(
          "Waiting for the invoice of sale " + sale.getSourceNumber() + " (" + sale.getState() + ")",
          isOnItsWay(sale) ? SOON : LATER);
    }
    Contact invoiceContact = new Contact().contactID(UUID.fromString(sale.getXeroContactId()));
    CreditNote creditNote = refundToCreditNote.map(refund, coding, invoiceContact);
    BigDecimal refunded = refundToCreditNote.expectedTotal(refund);
    CreditNote created = alreadyInXero(entry, session, creditNote, refunded);
    if (created == null) {
      created = xero.createCreditNote(session.accessToken(), session.tenantId(), creditNote, entry.idempotencyKey());
    }
    if (created.getRemainingCredit() == null || created.getRemainingCredit() > 0) {
      xero.allocate(
          session.accessToken(),
          session.tenantId(),
          created.getCreditNoteID(),
          refundToCreditNote.allocationFor(
              UUID.fromString(sale.getXeroDocumentId()),
              refunded,
              refund.issuedAt().atOffset(ZoneOffset.UTC).toLocalDate()),
          entry.idempotencyKey() + "-allocation");
    }
    return new Delivery.Sent(
        created.getCreditNoteID().toString(),
        created.getCreditNoteNumber(),
        sale.getXeroContactId(),
        XeroTotalCheck.warning("Credit note", refunded, created.getTotal()));
  }

  private static boolean isOnItsWay(OutboxEntry sale) {
    return sale.getState() == OutboxState.PENDING || sale.getState() == OutboxState.SENDING;
  }

  /** As for invoices: after an unknown outcome, the credit note may already be in Xero. */
  private CreditNote alreadyInXero(
      OutboxEntry entry, XeroSession session, CreditNote creditNote, BigDecimal refunded)
      throws IOException {
    if (entry.getAttempts() <= 1) {
      return null;
    }
    return xero.findCreditNote(session.accessToken(), session.tenantId(), creditNote.getReference())
        .filter(found -> XeroTotalCheck.warning("", refunded, found.getTotal()) == null)
        .orElse(null);
  }
}
