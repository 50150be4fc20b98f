package com.quoox.xero.dispatch;

import com.quoox.xero.connection.XeroSession;
import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.mapping.BusinessCoding;
import com.quoox.xero.mapping.SaleToInvoice;
import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.outbox.OutboxPayload;
import com.quoox.xero.xeroapi.XeroAccounting;
import com.xero.models.accounting.Invoice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;

/** Sends a sale's entry to Xero as an invoice, exactly once. */
@ApplicationScoped
class InvoiceSender {

  private final SaleToInvoice saleToInvoice = new SaleToInvoice();

  @Inject XeroAccounting xero;

  Delivery send(OutboxEntry entry, XeroSession session, BusinessCoding coding) throws IOException {
    MappedSale mapped = map(entry, coding);
    Invoice created = alreadyInXero(entry, session, mapped.invoice());
    if (created == null) {
      created =
          xero.createInvoice(
              session.accessToken(), session.tenantId(), mapped.invoice(), entry.idempotencyKey());
    }
    return sent(created, mapped.charged());
  }

  /**
   * A sale's invoice and what the customer was charged (the invoice's total in Xero must equal it).
   */
  record MappedSale(Invoice invoice, BigDecimal charged) {}

  /** The sale's invoice, read once from the entry; a {@code MappingException} when it cannot be. */
  MappedSale map(OutboxEntry entry, BusinessCoding coding) {
    SaleCompleted sale = OutboxPayload.read(entry.getPayload(), SaleCompleted.class);
    return new MappedSale(saleToInvoice.map(sale, coding), saleToInvoice.expectedTotal(sale));
  }

  /** The invoice Xero created, as the sync log records it. */
  static Delivery.Sent sent(Invoice created, BigDecimal charged) {
    return new Delivery.Sent(
        created.getInvoiceID().toString(),
        created.getInvoiceNumber(),
        created.getContact().getContactID().toString(),
        XeroTotalCheck.warning("Invoice", charged, created.getTotal()));
  }

  /**
   * After an earlier attempt with an unknown outcome, the invoice may already be in Xero: look it
   * up by its reference rather than rely on Xero still remembering the idempotency key. Found with
   * another total, it is still the sale's invoice: the difference is noted, never sent again.
   */
  private Invoice alreadyInXero(OutboxEntry entry, XeroSession session, Invoice invoice)
      throws IOException {
    if (!entry.mayBeInXero()) {
      return null;
    }
    return xero.findInvoice(session.accessToken(), session.tenantId(), invoice.getReference())
        .orElse(null);
  }
}
