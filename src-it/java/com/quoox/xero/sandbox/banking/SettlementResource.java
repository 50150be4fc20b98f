package com.quoox.xero.sandbox.banking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.quoox.xero.sandbox.SandboxTenant;
import com.quoox.xero.sandbox.accounting.BatchCreate;
import com.quoox.xero.sandbox.accounting.DocumentKind;
import com.quoox.xero.sandbox.http.SandboxRequest;
import com.quoox.xero.sandbox.http.SandboxResponse;
import com.quoox.xero.sandbox.http.XeroErrors;
import com.quoox.xero.sandbox.http.XeroJson;
import java.util.Optional;

/**
 * {@code PUT /CreditNotes/{id}/Allocations} and {@code PUT /Payments}: settling invoices and
 * refunding credit notes, as batches like any create.
 */
public final class SettlementResource {

  public SandboxResponse allocate(SandboxTenant tenant, String creditNoteId, SandboxRequest request)
      throws JsonProcessingException {
    Optional<ObjectNode> creditNote = tenant.books.document(DocumentKind.CREDIT_NOTE, creditNoteId);
    if (creditNote.isEmpty()) {
      return XeroErrors.notFound();
    }
    JsonNode elements = BatchCreate.elements(request, "Allocations");
    return BatchCreate.run(
        "Allocations",
        elements,
        BatchCreate.summarizeErrors(request),
        sent -> tenant.settlements.checkAllocation(creditNote.get(), sent),
        sent -> tenant.settlements.allocate(creditNote.get(), sent));
  }

  public SandboxResponse pay(SandboxTenant tenant, SandboxRequest request)
      throws JsonProcessingException {
    JsonNode body = XeroJson.parse(request.body());
    // POST /Payments (the SDK's createPayment) sends one Payment rather than a Payments array.
    JsonNode elements =
        request.method().equals("POST") && !body.has("Payments")
            ? XeroJson.MAPPER.createArrayNode().add(body)
            : BatchCreate.elements(body, "Payments");
    return BatchCreate.run(
        "Payments",
        elements,
        BatchCreate.summarizeErrors(request),
        tenant.settlements::checkPayment,
        tenant.settlements::pay);
  }
}
