package com.quoox.xero.sandbox.accounting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.quoox.xero.sandbox.SandboxTenant;
import com.quoox.xero.sandbox.http.SandboxRequest;
import com.quoox.xero.sandbox.http.SandboxResponse;
import com.quoox.xero.sandbox.http.XeroErrors;
import com.quoox.xero.sandbox.http.XeroJson;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * {@code /Invoices} and {@code /CreditNotes}: create (with Xero's rules and totals), list (where,
 * page) and get one.
 */
public final class DocumentResource {

  /** Xero pages lists by 100 unless pageSize says otherwise. */
  private static final int DEFAULT_PAGE_SIZE = 100;

  public SandboxResponse create(SandboxTenant tenant, DocumentKind kind, SandboxRequest request)
      throws JsonProcessingException {
    JsonNode elements = XeroJson.parse(request.body()).get(kind.collection);
    if (elements == null || !elements.isArray()) {
      throw new IllegalArgumentException(
          "The request body must hold a \"" + kind.collection + "\" array.");
    }
    int unitdp = "4".equals(request.param("unitdp")) ? 4 : 2;
    boolean summarizeErrors = !"false".equalsIgnoreCase(request.param("summarizeErrors"));
    Books books = tenant.books;
    return BatchCreate.run(
        kind.collection,
        elements,
        summarizeErrors,
        sent -> DocumentRules.check(Books.prepare(sent, kind), kind, unitdp, books),
        sent -> books.add(kind, Books.prepare(sent, kind)));
  }

  public SandboxResponse list(SandboxTenant tenant, DocumentKind kind, SandboxRequest request) {
    Predicate<JsonNode> filter =
        WhereFilter.parse(request.param("where"))
            .and(inList(request.param("Statuses"), "Status"))
            .and(
                inList(
                    request.param(
                        kind == DocumentKind.INVOICE ? "InvoiceNumbers" : "CreditNoteNumbers"),
                    kind.numberField))
            .and(inList(request.param("IDs"), kind.idField))
            .and(modifiedSince(request.header("If-Modified-Since")));
    List<ObjectNode> matching = tenant.books.documents(kind).stream().filter(filter).toList();
    String page = request.param("page");
    if (page != null) {
      int size =
          request.param("pageSize") == null
              ? DEFAULT_PAGE_SIZE
              : Integer.parseInt(request.param("pageSize"));
      int from = Math.max(0, (Integer.parseInt(page) - 1) * size);
      matching =
          matching.subList(Math.min(from, matching.size()), Math.min(from + size, matching.size()));
    }
    ArrayNode items = XeroJson.MAPPER.createArrayNode();
    matching.forEach(items::add);
    return SandboxResponse.json(200, XeroJson.write(BatchCreate.envelope(kind.collection, items)));
  }

  public SandboxResponse one(SandboxTenant tenant, DocumentKind kind, String idOrNumber) {
    return tenant
        .books
        .document(kind, idOrNumber)
        .map(
            doc ->
                SandboxResponse.json(
                    200,
                    XeroJson.write(
                        BatchCreate.envelope(
                            kind.collection,
                            XeroJson.MAPPER.createArrayNode().add(doc.deepCopy())))))
        .orElse(XeroErrors.notFound());
  }

  /**
   * Xero's {@code If-Modified-Since} header: only documents whose UpdatedDateUTC is at or after it
   * (https://developer.xero.com/documentation/api/accounting/invoices, "If-Modified-Since").
   */
  private static Predicate<JsonNode> modifiedSince(String header) {
    if (header == null || header.isBlank()) {
      return node -> true;
    }
    Instant since = XeroJson.parseInstant(header.strip());
    return node -> !XeroJson.msDateInstant(XeroJson.text(node, "UpdatedDateUTC")).isBefore(since);
  }

  /** Xero's comma-separated list filters (Statuses, IDs, InvoiceNumbers). */
  private static Predicate<JsonNode> inList(String commaSeparated, String field) {
    if (commaSeparated == null || commaSeparated.isBlank()) {
      return node -> true;
    }
    List<String> wanted =
        Arrays.stream(commaSeparated.split(","))
            .map(String::trim)
            .map(String::toUpperCase)
            .toList();
    return node ->
        node.hasNonNull(field) && wanted.contains(node.get(field).asText().toUpperCase());
  }
}
