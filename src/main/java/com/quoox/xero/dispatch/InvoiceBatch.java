package com.quoox.xero.dispatch;

import com.quoox.xero.mapping.DocumentDating;
import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.xeroapi.XeroAccounting;
import com.quoox.xero.xeroapi.XeroSession;
import com.xero.models.accounting.Invoice;
import com.xero.models.accounting.ValidationError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Sales as invoices, many to a call: matched and looked up by the invoice's Reference. */
@ApplicationScoped
class InvoiceBatch implements BatchedDocuments<Invoice> {

  @Inject InvoiceSender invoices;

  @Inject XeroAccounting xero;

  @Override
  public String noun() {
    return "invoice";
  }

  @Override
  public Prepared<Invoice> prepare(OutboxEntry entry, Lane lane, DocumentDating dating)
      throws IOException {
    InvoiceSender.MappedSale sale = invoices.map(entry, lane.coding(), dating);
    return new Prepared.ToSend<>(
        sale.invoice(), created -> InvoiceSender.sent(created, sale.charged()));
  }

  @Override
  public String matchKey(Invoice invoice) {
    return invoice.getReference();
  }

  @Override
  public Map<String, Invoice> findInXero(XeroSession session, List<Invoice> unsure)
      throws IOException {
    return xero.findInvoices(session, unsure.stream().map(Invoice::getReference).toList());
  }

  @Override
  public List<Invoice> create(XeroSession session, List<Invoice> documents, String key)
      throws IOException {
    return xero.createInvoices(session, documents, key);
  }

  @Override
  public UUID xeroId(Invoice result) {
    return result.getInvoiceID();
  }

  @Override
  public boolean refused(Invoice result) {
    return Boolean.TRUE.equals(result.getHasErrors()) || !validationErrors(result).isEmpty();
  }

  @Override
  public List<ValidationError> validationErrors(Invoice result) {
    return result.getValidationErrors() == null ? List.of() : result.getValidationErrors();
  }
}
