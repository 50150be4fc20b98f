package com.quoox.xero.dispatch;

import com.quoox.xero.mapping.DocumentDating;
import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.xeroapi.XeroAccounting;
import com.quoox.xero.xeroapi.XeroSession;
import com.xero.models.accounting.Payment;
import com.xero.models.accounting.ValidationError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Money received for sales as payments on their invoices, many to a call ({@code PUT /Payments}). A
 * payment is named by its Reference and the invoice it pays, in Xero's answer and when looked up.
 */
@ApplicationScoped
class PaymentBatch implements BatchedDocuments<Payment> {

  @Inject PaymentSender payments;

  @Inject XeroAccounting xero;

  @Override
  public String noun() {
    return "payment";
  }

  @Override
  public Prepared<Payment> prepare(OutboxEntry entry, Lane lane, DocumentDating dating) {
    return payments.prepareReceived(entry, lane.coding(), dating);
  }

  @Override
  public String matchKey(Payment payment) {
    return PaymentSender.matchKey(payment);
  }

  @Override
  public Map<String, Payment> findInXero(XeroSession session, List<Payment> unsure)
      throws IOException {
    Set<String> keys = unsure.stream().map(this::matchKey).collect(Collectors.toSet());
    List<String> references = unsure.stream().map(Payment::getReference).distinct().toList();
    Map<String, Payment> found = new HashMap<>();
    for (Payment payment : xero.findPayments(session, references)) {
      String key = matchKey(payment);
      if (keys.contains(key)) {
        found.putIfAbsent(key, payment);
      }
    }
    return found;
  }

  @Override
  public List<Payment> create(XeroSession session, List<Payment> documents, String key)
      throws IOException {
    return xero.createPayments(session, documents, key);
  }

  @Override
  public UUID xeroId(Payment result) {
    return result.getPaymentID();
  }

  @Override
  public boolean refused(Payment result) {
    return Boolean.TRUE.equals(result.getHasValidationErrors())
        || !validationErrors(result).isEmpty();
  }

  @Override
  public List<ValidationError> validationErrors(Payment result) {
    return result.getValidationErrors() == null ? List.of() : result.getValidationErrors();
  }
}
