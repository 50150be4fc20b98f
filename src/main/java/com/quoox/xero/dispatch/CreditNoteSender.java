package com.quoox.xero.dispatch;

import com.quoox.xero.coding.ProviderSettingsRepository;
import com.quoox.xero.events.PaymentProvider;
import com.quoox.xero.events.RefundIssued;
import com.quoox.xero.mapping.BusinessCoding;
import com.quoox.xero.mapping.DocumentDating;
import com.quoox.xero.mapping.ProviderAccounts;
import com.quoox.xero.mapping.RefundToCreditNote;
import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.outbox.OutboxPayload;
import com.quoox.xero.outbox.OutboxRepository;
import com.quoox.xero.outbox.SourceKind;
import com.quoox.xero.xeroapi.CreateOnce;
import com.quoox.xero.xeroapi.XeroAccounting;
import com.quoox.xero.xeroapi.XeroErrorTranslator;
import com.quoox.xero.xeroapi.XeroSession;
import com.xero.api.XeroBadRequestException;
import com.xero.models.accounting.Contact;
import com.xero.models.accounting.CreditNote;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends a refund's entry to Xero as a credit note on the sale invoice's contact, then allocates it
 * to that invoice. It waits until the sale's invoice is in Xero (DESIGN §2, ordering).
 */
@ApplicationScoped
class CreditNoteSender {

  @Inject XeroAccounting xero;

  @Inject TaxRateGuard taxRates;

  @Inject DocumentDatings datings;

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
    String contactId = invoiceContactId(sale, session);
    Contact invoiceContact = new Contact().contactID(UUID.fromString(contactId));
    DocumentDating dating = datings.of(session, coding);
    RefundToCreditNote refundToCreditNote = new RefundToCreditNote(dating);
    CreditNote creditNote = refundToCreditNote.map(refund, coding, invoiceContact);
    BigDecimal refunded = refundToCreditNote.expectedTotal(refund);
    // Recorded on the entry before its allocation: the credit note an earlier attempt created.
    CreditNote created =
        entry.firstDocumentId() != null
            ? xero.creditNote(session, UUID.fromString(entry.firstDocumentId()))
            : CreateOnce.create(
                session,
                entry.mayBeInXero(),
                s -> xero.findCreditNote(s, creditNote.getReference()),
                s -> {
                  taxRates.check(
                      entry.getBusinessId(),
                      "Refund " + refund.refundNumber(),
                      refund.pricesIncludeTax(),
                      refund.lines(),
                      null,
                      coding);
                  CreditNote made = xero.createCreditNote(s, creditNote, entry.idempotencyKey());
                  String id = made.getCreditNoteID().toString();
                  String number = made.getCreditNoteNumber();
                  outbox.update(entry.getId(), e -> e.firstDocumentCreated(id, number, contactId));
                  return made;
                });
    String note = XeroTotalCheck.warning("Credit note", refunded, created.getTotal());
    boolean unallocated = created.getRemainingCredit() == null || created.getRemainingCredit() > 0;
    if (unallocated && !paidOutInMoney(entry.getBusinessId(), refund.saleId())) {
      note =
          allocate(
              entry,
              session,
              created,
              sale,
              refunded,
              note,
              refundToCreditNote,
              dating.datedDay(refund.issuedAt(), "Refund " + refund.refundNumber()));
    }
    return new Delivery.Sent(
        created.getCreditNoteID().toString(), created.getCreditNoteNumber(), contactId, note);
  }

  /**
   * The contact of the sale's invoice: as recorded when it was sent, or, when Xero's answer then
   * named none, as Xero shows the invoice now.
   */
  private String invoiceContactId(OutboxEntry sale, XeroSession session) throws IOException {
    if (sale.getXeroContactId() != null) {
      return sale.getXeroContactId();
    }
    return xero.invoice(session, UUID.fromString(sale.getXeroDocumentId()))
        .getContact()
        .getContactID()
        .toString();
  }

  /**
   * Allocates the credit note to the sale's invoice. When Xero refuses because the invoice is paid
   * or credited already (an accountant settled it), the credit note stays in Xero unallocated, and
   * the entry is SENT with that note: sending it again could not change that.
   */
  private String allocate(
      OutboxEntry entry,
      XeroSession session,
      CreditNote created,
      OutboxEntry sale,
      BigDecimal refunded,
      String note,
      RefundToCreditNote refundToCreditNote,
      LocalDate day)
      throws IOException {
    try {
      xero.allocate(
          session,
          created.getCreditNoteID(),
          refundToCreditNote.allocationFor(
              UUID.fromString(sale.getXeroDocumentId()), refunded, day),
          entry.idempotencyKey() + "-allocation");
      return note;
    } catch (XeroBadRequestException e) {
      Optional<String> settled = XeroErrorTranslator.alreadySettled(e);
      if (settled.isEmpty()) {
        throw e;
      }
      String notAllocated = "Not allocated to the invoice: " + settled.get();
      return note == null ? notAllocated : note + "; " + notAllocated;
    }
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
}
