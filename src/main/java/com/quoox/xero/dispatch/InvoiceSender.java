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
    SaleCompleted sale = OutboxPayload.read(entry.getPayload(), SaleCompleted.class);
    Invoice invoice = saleToInvoice.map(sale, coding);
    BigDecimal charged = saleToInvoice.expectedTotal(sale);
    Invoice created = alreadyInXero(entry, session, invoice, charged);
    if (created == null) {
      created =
          xero.createInvoice(
              session.accessToken(), session.tenantId(), invoice, entry.idempotencyKey());
    }
    return new Delivery.Sent(
        created.getInvoiceID().toString(),
        created.getInvoiceNumber(),
        created.getContact().getContactID().toString(),
        XeroTotalCheck.warning("Invoice", charged, created.getTotal()));
  }

  /**
   * After an earlier attempt with an unknown outcome, the invoice may already be in Xero: look it
   * up by reference and amount rather than rely on Xero still remembering the idempotency key.
   */
  private Invoice alreadyInXero(
      OutboxEntry entry, XeroSession session, Invoice invoice, BigDecimal charged)
      throws IOException {
    if (entry.getAttempts() <= 1) {
      return null;
    }
    return xero.findInvoice(session.accessToken(), session.tenantId(), invoice.getReference())
        .filter(found -> XeroTotalCheck.warning("", charged, found.getTotal()) == null)
        .orElse(null);
  }
}
