package com.quoox.xero.dispatch;

import com.quoox.xero.connection.XeroSession;
import com.quoox.xero.events.PaymentProvider;
import com.quoox.xero.events.RefundIssued;
import com.quoox.xero.mapping.BusinessCoding;
import com.quoox.xero.mapping.ProviderAccounts;
import com.quoox.xero.mapping.RefundToCreditNote;
import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.outbox.OutboxPayload;
import com.quoox.xero.outbox.OutboxRepository;
import com.quoox.xero.outbox.SourceKind;
import com.quoox.xero.settlement.ProviderSettingsRepository;
import com.quoox.xero.xeroapi.XeroAccounting;
import com.xero.models.accounting.Contact;
import com.xero.models.accounting.CreditNote;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends a refund's entry to Xero as a credit note on the sale invoice's contact, then allocates it
 * to that invoice. It waits until the sale's invoice is in Xero (DESIGN §2, ordering).
 */
@ApplicationScoped
class CreditNoteSender {

  private final RefundToCreditNote refundToCreditNote = new RefundToCreditNote();

  @Inject XeroAccounting xero;

  @Inject OutboxRepository outbox;

  @Inject Prerequisites prerequisites;

  @Inject ProviderSettingsRepository providers;

  Delivery send(OutboxEntry entry, XeroSession session, BusinessCoding coding) throws IOException {
    RefundIssued refund = OutboxPayload.read(entry.getPayload(), RefundIssued.class);
    OutboxEntry sale =
        prerequisites.find(
            entry.getBusinessId(),
            SourceKind.SALE,
            refund.saleId(),
            () ->
                "Refund "
                    + refund.refundNumber()
                    + " is for sale "
                    + refund.saleId()
                    + ", which Quoox never recorded for Xero");
    Optional<Delivery> waiting =
        prerequisites.untilSent(sale, "the invoice of sale " + sale.getSourceNumber());
    if (waiting.isPresent()) {
      return waiting.get();
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
    boolean unallocated = created.getRemainingCredit() == null || created.getRemainingCredit() > 0;
    if (unallocated && !paidOutInMoney(entry.getBusinessId(), refund.saleId())) {
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
   * Whether this module records the sale's payments in Xero: then its invoice is (or will be) paid,
   * and the refund is settled by the payment that pays it back (RefundPaid), not by reducing what
   * the customer owes. Allocating it as well would fail on a paid invoice, or leave the payment
   * more than the invoice.
   */
  private boolean paidOutInMoney(String businessId, String saleId) {
    Map<PaymentProvider, ProviderAccounts> accounts = providers.forBusiness(businessId);
    return outbox.paymentProvidersOf(businessId, saleId).stream()
        .anyMatch(provider -> accounts.get(provider).recordPayments());
  }

  /** As for invoices: after an unknown outcome, the credit note may already be in Xero. */
  private CreditNote alreadyInXero(
      OutboxEntry entry, XeroSession session, CreditNote creditNote, BigDecimal refunded)
      throws IOException {
    if (!entry.mayBeInXero()) {
      return null;
    }
    return xero.findCreditNote(session.accessToken(), session.tenantId(), creditNote.getReference())
        .filter(found -> XeroTotalCheck.warning("", refunded, found.getTotal()) == null)
        .orElse(null);
  }
}
