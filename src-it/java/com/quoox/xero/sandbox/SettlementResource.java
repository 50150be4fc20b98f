package com.quoox.xero.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * {@code PUT /CreditNotes/{id}/Allocations} and {@code PUT /Payments}: settling invoices, as
 * batches like any create.
 */
final class SettlementResource {

  SandboxResponse allocate(SandboxTenant tenant, String creditNoteId, SandboxRequest request)
      throws JsonProcessingException {
    Optional<ObjectNode> creditNote = tenant.books.document(DocumentKind.CREDIT_NOTE, creditNoteId);
    if (creditNote.isEmpty()) {
      return XeroErrors.notFound();
    }
    JsonNode elements = elements(request, "Allocations");
    boolean summarizeErrors = !"false".equalsIgnoreCase(request.param("summarizeErrors"));
    return BatchCreate.run(
        "Allocations",
        elements,
        summarizeErrors,
        sent -> tenant.settlements.checkAllocation(creditNote.get(), sent),
        sent -> tenant.settlements.allocate(creditNote.get(), sent));
  }

  SandboxResponse pay(SandboxTenant tenant, SandboxRequest request) throws JsonProcessingException {
    JsonNode elements = elements(request, "Payments");
    boolean summarizeErrors = !"false".equalsIgnoreCase(request.param("summarizeErrors"));
    return BatchCreate.run(
        "Payments",
        elements,
        summarizeErrors,
        tenant.settlements::checkPayment,
        tenant.settlements::pay);
  }

  private static JsonNode elements(SandboxRequest request, String collection)
      throws JsonProcessingException {
    JsonNode elements = XeroJson.parse(request.body()).get(collection);
    if (elements == null || !elements.isArray()) {
      throw new IllegalArgumentException(
          "The request body must hold a \"" + collection + "\" array.");
    }
    return elements;
  }
}
