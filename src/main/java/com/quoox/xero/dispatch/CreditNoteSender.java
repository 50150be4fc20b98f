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
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Sends a refund's entry to Xero as a credit note on the sale invoice's contact, then allocates it
 * to that invoice. It waits until the sale's invoice is in Xero (DESIGN §2, ordering).
 */
@ApplicationScoped
class CreditNoteSender {

  /** How soon to look again while the sale's invoice is being sent. */
  private static final Duration SOON = Duration.ofSeconds(1);

  /** How often to look while the sale waits for a person (NEEDS_ATTENTION, SKIPPED). */
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
                        "Refund "
                            + refund.refundNumber()
                            + " is for sale "
                            + refund.saleId()
                            + ", which Quoox never recorded for Xero"));
    if (sale.getState() != OutboxState.SENT) {
      return new Delivery.Waiting(
          "Waiting for the invoice of sale "
              + sale.getSourceNumber()
              + " ("
              + sale.getState()
              + ")",
          whenToLookAgain(sale));
    }
    Contact invoiceContact = new Contact().contactID(UUID.fromString(sale.getXeroContactId()));
    CreditNote creditNote = refundToCreditNote.map(refund, coding, invoiceContact);
    BigDecimal refunded = refundToCreditNote.expectedTotal(refund);
    CreditNote created = alreadyInXero(entry, session, creditNote, refunded);
    if (created == null) {
      created =
          xero.createCreditNote(
              session.accessToken(), session.tenantId(), creditNote, entry.idempotencyKey());
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

  /**
   * Right after the sale's own next attempt while it is on its way; now and then while it is stuck.
   */
  private static Instant whenToLookAgain(OutboxEntry sale) {
    Instant now = Instant.now();
    return switch (sale.getState()) {
      case PENDING, SENDING -> now.plus(SOON);
      case RETRY_WAIT -> later(sale.getNextAttemptAt(), now).plus(SOON);
      default -> now.plus(LATER);
    };
  }

  private static Instant later(Instant a, Instant b) {
    return a == null || a.isBefore(b) ? b : a;
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
