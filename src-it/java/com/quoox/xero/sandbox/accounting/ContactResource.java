package com.quoox.xero.sandbox.accounting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.quoox.xero.sandbox.AccountingRoutes;
import com.quoox.xero.sandbox.SandboxTenant;
import com.quoox.xero.sandbox.http.SandboxRequest;
import com.quoox.xero.sandbox.http.SandboxResponse;
import com.quoox.xero.sandbox.http.XeroErrors;
import com.quoox.xero.sandbox.http.XeroJson;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /Contacts}: create (names unique among contacts, as Xero insists), list with {@code
 * where}, get one.
 */
public final class ContactResource {

  public SandboxResponse create(SandboxTenant tenant, SandboxRequest request)
      throws JsonProcessingException {
    JsonNode elements = XeroJson.parse(request.body()).get("Contacts");
    if (elements == null || !elements.isArray()) {
      throw new IllegalArgumentException("The request body must hold a \"Contacts\" array.");
    }
    boolean summarizeErrors = !"false".equalsIgnoreCase(request.param("summarizeErrors"));
    Books books = tenant.books;
    return BatchCreate.run(
        "Contacts",
        elements,
        summarizeErrors,
        sent -> check(books, sent),
        sent ->
            sent.hasNonNull("ContactID")
                ? books.contact(sent.get("ContactID").asText()).orElseThrow().deepCopy()
                : books.addContact(sent));
  }

  private static List<String> check(Books books, ObjectNode sent) {
    List<String> errors = new ArrayList<>();
    String id = XeroJson.text(sent, "ContactID");
    String name = XeroJson.text(sent, "Name");
    if (id != null) {
      // Updating contacts is not something the module does; an existing id is simply echoed back.
      if (books.contact(id).isEmpty()) {
        errors.add("The contact with ContactID '" + id + "' could not be found.");
      }
    } else if (name == null || name.isBlank()) {
      errors.add("The contact name must be specified.");
    } else if (books.contactNamed(name).isPresent()) {
      errors.add(
          "The contact name "
              + name.trim()
              + " is already assigned to another contact. "
              + "The contact name must be unique across all active contacts.");
    }
    return errors;
  }

  public SandboxResponse list(SandboxTenant tenant, SandboxRequest request) {
    return AccountingRoutes.list(
        "Contacts", XeroJson.MAPPER.valueToTree(tenant.books.contacts()), request);
  }

  public SandboxResponse one(SandboxTenant tenant, String id) {
    return tenant
        .books
        .contact(id)
        .map(
            c ->
                SandboxResponse.json(
                    200,
                    XeroJson.write(
                        BatchCreate.envelope(
                            "Contacts", XeroJson.MAPPER.createArrayNode().add(c.deepCopy())))))
        .orElse(XeroErrors.notFound());
  }
}
