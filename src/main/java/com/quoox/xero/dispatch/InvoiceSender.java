package com.quoox.xero.dispatch;

import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.mapping.BusinessCoding;
import com.quoox.xero.mapping.DocumentDating;
import com.quoox.xero.mapping.SaleToInvoice;
import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.outbox.OutboxPayload;
import com.quoox.xero.xeroapi.CreateOnce;
import com.quoox.xero.xeroapi.XeroAccounting;
import com.quoox.xero.xeroapi.XeroSession;
import com.xero.models.accounting.Invoice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Sends a sale's entry to Xero as an invoice, exactly once. */
@ApplicationScoped
class InvoiceSender {

  private static final Logger LOG = Logger.getLogger(InvoiceSender.class);

  @Inject XeroAccounting xero;

  @Inject TaxRateGuard taxRates;

  @Inject DocumentDatings datings;

  Delivery send(OutboxEntry entry, XeroSession session, BusinessCoding coding) throws IOException {
    MappedSale mapped = map(entry, coding, datings.of(session, coding));
    Invoice created =
        CreateOnce.create(
            session,
            entry.mayBeInXero(),
            s -> xero.findInvoice(s, mapped.invoice().getReference()),
            s -> xero.createInvoice(s, mapped.invoice(), entry.idempotencyKey()));
    return sent(created, mapped.charged());
  }

  /**
   * A sale's invoice and what the customer was charged (the invoice's total in Xero must equal it).
   */
  record MappedSale(Invoice invoice, BigDecimal charged) {}

  /**
   * The sale's invoice, dated as the organisation's {@code dating} says, read once from the entry;
   * a {@code MappingException} when it cannot be, or when Xero's tax rates would make its total
   * differ from the charge (checked before its first send; a sale that may be in Xero already is
   * looked up instead).
   *
   * @throws IOException when the organisation's tax rates cannot be read
   */
  MappedSale map(OutboxEntry entry, BusinessCoding coding, DocumentDating dating)
      throws IOException {
    SaleCompleted sale = OutboxPayload.saleAsSent(entry);
    if (!entry.mayBeInXero()) {
      taxRates.check(
          entry.getBusinessId(),
          "Sale " + sale.saleNumber(),
          sale.pricesIncludeTax(),
          sale.lines(),
          sale.shipping(),
          coding);
    }
    SaleToInvoice saleToInvoice = new SaleToInvoice(dating);
    return new MappedSale(saleToInvoice.map(sale, coding), saleToInvoice.expectedTotal(sale));
  }

  /**
   * The invoice Xero created, as the sync log records it. An answer that lacks a field the module
   * reads (a contact without its id) still means the invoice is in Xero: it is recorded with what
   * is known, never sent again, and the gap is logged.
   */
  static Delivery.Sent sent(Invoice created, BigDecimal charged) {
    UUID contactId = created.getContact() == null ? null : created.getContact().getContactID();
    if (contactId == null) {
      LOG.warnf(
          "Xero's answer for invoice %s (%s) names no contact id; recorded without it",
          created.getInvoiceNumber(), created.getReference());
    }
    return new Delivery.Sent(
        created.getInvoiceID().toString(),
        created.getInvoiceNumber(),
        contactId == null ? null : contactId.toString(),
        XeroTotalCheck.warning("Invoice", charged, created.getTotal()));
  }
}
