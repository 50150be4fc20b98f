package com.quoox.xero.sandbox.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.quoox.xero.sandbox.SandboxTenant;
import com.quoox.xero.sandbox.accounting.DocumentKind;
import com.quoox.xero.sandbox.accounting.DocumentRules;
import com.quoox.xero.sandbox.faults.RollingWindow;
import com.quoox.xero.sandbox.http.Endpoint;
import com.quoox.xero.sandbox.http.SandboxRequest;
import com.quoox.xero.sandbox.http.SandboxResponse;
import com.quoox.xero.sandbox.http.XeroErrors;
import com.quoox.xero.sandbox.http.XeroJson;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * {@code /_sandbox/}: read-only views for a person watching the demo — HTML tables of every
 * tenant's invoices, credit notes, bank transactions and bank transfers, the same as JSON at {@code
 * /_sandbox/invoices}, and one invoice or credit note with its payments and allocations at {@code
 * /_sandbox/documents/{InvoiceID or CreditNoteID}} (the demo page links there), and what the rate
 * limits saw at {@code /_sandbox/statistics} (see {@link RateLimitStatistics}). Kept apart from
 * Xero's paths on purpose.
 */
public final class ConsoleEndpoint implements Endpoint {

  private final Map<UUID, SandboxTenant> tenants;
  private final RateLimitStatistics statistics;

  public ConsoleEndpoint(Map<UUID, SandboxTenant> tenants, RollingWindow appMinute) {
    this.tenants = tenants;
    this.statistics = new RateLimitStatistics(tenants, appMinute);
  }

  @Override
  public SandboxResponse answer(SandboxRequest request) {
    if (!request.method().equals("GET")) {
      return SandboxResponse.text(405, "text/plain", "read-only");
    }
    return switch (request.path()) {
      case "/_sandbox/", "/_sandbox/index.html" ->
          SandboxResponse.text(200, "text/html; charset=utf-8", html());
      case "/_sandbox/invoices" -> SandboxResponse.json(200, XeroJson.write(json()));
      case "/_sandbox/statistics" -> SandboxResponse.json(200, XeroJson.write(statistics.json()));
      default ->
          request.path().startsWith(DOCUMENTS)
              ? document(request.path().substring(DOCUMENTS.length()))
              : request.path().startsWith(TENANTS) && request.path().endsWith(INVOICE_TIMES)
                  ? invoiceTimes(
                      request
                          .path()
                          .substring(
                              TENANTS.length(), request.path().length() - INVOICE_TIMES.length()))
                  : XeroErrors.notFound();
    };
  }

  private static final String DOCUMENTS = "/_sandbox/documents/";
  private static final String TENANTS = "/_sandbox/tenants/";
  private static final String INVOICE_TIMES = "/invoice-times";

  /**
   * {@code /_sandbox/tenants/{tenantId}/invoice-times}: each invoice's Reference and when it was
   * stored (epoch milliseconds): what a benchmark in another JVM needs of the books, without them.
   */
  private SandboxResponse invoiceTimes(String tenantId) {
    SandboxTenant tenant;
    try {
      tenant = tenants.get(UUID.fromString(tenantId));
    } catch (IllegalArgumentException notAnId) {
      return XeroErrors.notFound();
    }
    if (tenant == null) {
      return XeroErrors.notFound();
    }
    ObjectNode times = XeroJson.MAPPER.createObjectNode();
    for (JsonNode invoice : tenant.invoices()) {
      java.util.regex.Matcher ms = MS_DATE.matcher(invoice.path("UpdatedDateUTC").asText());
      if (ms.find()) {
        times.put(invoice.path("Reference").asText(), Long.parseLong(ms.group(1)));
      }
    }
    return SandboxResponse.json(200, XeroJson.write(times));
  }

  private static final java.util.regex.Pattern MS_DATE =
      java.util.regex.Pattern.compile("/Date\\((\\d+)");

  /** One document's page: its row as in the console's table, then what settled it. */
  private SandboxResponse document(String id) {
    for (SandboxTenant tenant : tenants.values()) {
      for (DocumentKind kind : DocumentKind.values()) {
        List<JsonNode> documents =
            kind == DocumentKind.INVOICE ? tenant.invoices() : tenant.creditNotes();
        for (JsonNode doc : documents) {
          if (id.equals(doc.path(kind.idField).asText())) {
            return SandboxResponse.text(200, "text/html; charset=utf-8", page(tenant, kind, doc));
          }
        }
      }
    }
    return XeroErrors.notFound();
  }

  private static String page(SandboxTenant tenant, DocumentKind kind, JsonNode doc) {
    String title =
        DocumentRules.capitalised(kind.words) + " " + doc.path(kind.numberField).asText();
    StringBuilder html =
        new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .append("<title>")
            .append(escape(title))
            .append(" · Xero sandbox</title><style>")
            .append(STYLE)
            .append("</style></head><body><main><h1>")
            .append(escape(title))
            .append("</h1><p>")
            .append(escape(tenant.name()))
            .append(" · status <strong id=\"status\">")
            .append(escape(doc.path("Status").asText()))
            .append("</strong></p><div class=\"wide\" tabindex=\"0\" role=\"region\"")
            .append(" aria-label=\"The document\"><table>")
            .append(HEADER);
    rows(html, List.of(doc), kind);
    html.append("</table></div>");
    settledBy(html, "Payments", doc.path("Payments"), p -> p.path("Reference").asText());
    settledBy(
        html,
        "Credit notes applied",
        doc.path("CreditNotes"),
        c -> c.path("CreditNoteNumber").asText());
    settledBy(
        html,
        "Allocated to invoices",
        doc.path("Allocations"),
        a -> a.path("Invoice").path("InvoiceNumber").asText());
    return html.append("<p><a href=\"../\">All documents</a> · <a href=\"../invoices\">JSON</a>")
        .append("</p></main></body></html>")
        .toString();
  }

  /** A short list of what paid or credited the document, when anything did. */
  private static void settledBy(
      StringBuilder html, String heading, JsonNode items, Function<JsonNode, String> label) {
    if (!items.isArray() || items.isEmpty()) {
      return;
    }
    html.append("<h2>").append(heading).append("</h2><ul>");
    for (JsonNode item : items) {
      JsonNode amount = item.has("AppliedAmount") ? item.get("AppliedAmount") : item.get("Amount");
      html.append("<li>")
          .append(escape(label.apply(item)))
          .append(": ")
          .append(amount == null ? "" : amount.asText())
          .append("</li>");
    }
    html.append("</ul>");
  }

  private ArrayNode json() {
    ArrayNode all = XeroJson.MAPPER.createArrayNode();
    for (SandboxTenant tenant : tenants.values()) {
      ObjectNode node = all.addObject();
      node.put("tenantId", tenant.tenantId());
      node.put("organisation", tenant.name());
      node.putArray("invoices").addAll(tenant.invoices());
      node.putArray("creditNotes").addAll(tenant.creditNotes());
      node.putArray("bankTransactions").addAll(tenant.bankTransactions());
      node.putArray("bankTransfers").addAll(tenant.bankTransfers());
    }
    return all;
  }

  private String html() {
    StringBuilder html =
        new StringBuilder(
            "<!doctype html><html><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"refresh\" content=\"5\"><title>Xero sandbox</title><style>"
                + STYLE
                + "</style></head><body><h1>Xero sandbox</h1>");
    for (SandboxTenant tenant : tenants.values()) {
      html.append("<h2>")
          .append(escape(tenant.name()))
          .append(" <small>")
          .append(tenant.tenantId())
          .append("</small></h2><table>")
          .append(HEADER);
      rows(html, tenant.invoices(), DocumentKind.INVOICE);
      rows(html, tenant.creditNotes(), DocumentKind.CREDIT_NOTE);
      html.append("</table>");
      bankRows(html, tenant);
    }
    return html.append("<p><a href=\"invoices\">JSON</a></p></body></html>").toString();
  }

  private static final String HEADER =
      "<tr><th>Number</th><th>Reference</th><th>Contact</th><th>Total</th>"
          + "<th>Due / credit left</th><th>Status</th><th>Lines</th></tr>";

  private static final String STYLE =
      "body{font-family:sans-serif}table{border-collapse:collapse}td,th{border:1px solid #ccc;"
          + "padding:4px 8px;vertical-align:top}td.n{text-align:right}.wide{overflow-x:auto}";

  private static void rows(StringBuilder html, List<JsonNode> documents, DocumentKind kind) {
    for (JsonNode doc : documents) {
      String open = kind == DocumentKind.INVOICE ? "AmountDue" : "RemainingCredit";
      html.append("<tr><td>")
          .append(escape(doc.path(kind.numberField).asText()))
          .append("</td><td>")
          .append(escape(doc.path("Reference").asText()))
          .append("</td><td>")
          .append(escape(doc.path("Contact").path("Name").asText()))
          .append("</td><td class=n>")
          .append(doc.path("Total").asText())
          .append(' ')
          .append(doc.path("CurrencyCode").asText())
          .append("</td><td class=n>")
          .append(doc.path(open).asText())
          .append("</td><td>")
          .append(escape(doc.path("Status").asText()))
          .append("</td><td>");
      for (JsonNode line : doc.path("LineItems")) {
        html.append(escape(line.path("Description").asText()))
            .append(" — ")
            .append(line.path("Quantity").asText("1"))
            .append(" × ")
            .append(line.path("UnitAmount").asText())
            .append(" = ")
            .append(line.path("LineAmount").asText())
            .append(" (")
            .append(line.path("AccountCode").asText())
            .append(", ")
            .append(line.path("TaxType").asText())
            .append(" ")
            .append(line.path("TaxAmount").asText())
            .append(")<br>");
      }
      html.append("</td></tr>");
    }
  }

  /** Spend/receive money and transfers, one line each, when the tenant has any. */
  private static void bankRows(StringBuilder html, SandboxTenant tenant) {
    List<JsonNode> transactions = tenant.bankTransactions();
    List<JsonNode> transfers = tenant.bankTransfers();
    if (transactions.isEmpty() && transfers.isEmpty()) {
      return;
    }
    html.append(
        "<h3>Bank</h3><table><tr><th>Type</th><th>Reference</th><th>Account(s)</th>"
            + "<th>Amount</th><th>Date</th></tr>");
    for (JsonNode t : transactions) {
      bankRow(
          html,
          t.path("Type").asText(),
          t.path("Reference").asText(),
          t.path("BankAccount").path("Code").asText()
              + " "
              + t.path("Contact").path("Name").asText(),
          t.path("Total").asText(),
          t.path("DateString").asText());
    }
    for (JsonNode t : transfers) {
      bankRow(
          html,
          "TRANSFER",
          t.path("Reference").asText(),
          t.path("FromBankAccount").path("Code").asText()
              + " → "
              + t.path("ToBankAccount").path("Code").asText(),
          t.path("Amount").asText(),
          t.path("DateString").asText());
    }
    html.append("</table>");
  }

  private static void bankRow(StringBuilder html, String... cells) {
    html.append("<tr>");
    for (int i = 0; i < cells.length; i++) {
      html.append(i == 3 ? "<td class=n>" : "<td>").append(escape(cells[i])).append("</td>");
    }
    html.append("</tr>");
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
