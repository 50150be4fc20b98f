package com.quoox.xero.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /_sandbox/}: read-only views for a person watching the demo — HTML tables of every
 * tenant's invoices, credit notes, bank transactions and bank transfers, and the same as JSON at
 * {@code /_sandbox/invoices}. Kept apart from Xero's paths on purpose.
 */
final class ConsoleEndpoint implements Endpoint {

  private final Map<UUID, SandboxTenant> tenants;

  ConsoleEndpoint(Map<UUID, SandboxTenant> tenants) {
    this.tenants = tenants;
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
      default -> XeroErrors.notFound();
    };
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
                + "body{font-family:sans-serif}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;"
                + "vertical-align:top}td.n{text-align:right}</style></head><body><h1>Xero sandbox</h1>");
    for (SandboxTenant tenant : tenants.values()) {
      html.append("<h2>")
          .append(escape(tenant.name()))
          .append(" <small>")
          .append(tenant.tenantId())
          .append(
              "</small></h2><table><tr><th>Number</th><th>Reference</th><th>Contact</th><th>Total</th>"
                  + "<th>Due / credit left</th><th>Status</th><th>Lines</th></tr>");
      rows(html, tenant.invoices(), DocumentKind.INVOICE);
      rows(html, tenant.creditNotes(), DocumentKind.CREDIT_NOTE);
      html.append("</table>");
      bankRows(html, tenant);
    }
    return html.append("<p><a href=\"invoices\">JSON</a></p></body></html>").toString();
  }

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
