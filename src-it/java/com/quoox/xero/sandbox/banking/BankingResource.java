package com.quoox.xero.sandbox.banking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.quoox.xero.sandbox.AccountingRoutes;
import com.quoox.xero.sandbox.SandboxTenant;
import com.quoox.xero.sandbox.accounting.BatchCreate;
import com.quoox.xero.sandbox.http.SandboxRequest;
import com.quoox.xero.sandbox.http.SandboxResponse;
import com.quoox.xero.sandbox.http.XeroErrors;
import com.quoox.xero.sandbox.http.XeroJson;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * {@code /BankTransactions} (spend and receive money), {@code /BankTransfers} and {@code
 * /Reports/BankSummary}: money moving through bank accounts without an invoice, and the report that
 * shows each bank account's balance.
 */
public final class BankingResource {

  public SandboxResponse createTransactions(SandboxTenant tenant, SandboxRequest request)
      throws JsonProcessingException {
    int unitdp = "4".equals(request.param("unitdp")) ? 4 : 2;
    SpendAndReceive spendAndReceive = new SpendAndReceive(tenant.books);
    return BatchCreate.run(
        "BankTransactions",
        BatchCreate.elements(request, "BankTransactions"),
        BatchCreate.summarizeErrors(request),
        sent -> spendAndReceive.check(SpendAndReceive.prepare(sent), unitdp),
        sent -> spendAndReceive.record(SpendAndReceive.prepare(sent)));
  }

  public SandboxResponse createTransfers(SandboxTenant tenant, SandboxRequest request)
      throws JsonProcessingException {
    Transfers transfers = new Transfers(tenant.books);
    return BatchCreate.run(
        "BankTransfers",
        BatchCreate.elements(request, "BankTransfers"),
        BatchCreate.summarizeErrors(request),
        transfers::check,
        transfers::record);
  }

  /** Without dates Xero reports the organisation's current month. */
  public SandboxResponse bankSummary(SandboxTenant tenant, SandboxRequest request) {
    YearMonth thisMonth = YearMonth.from(tenant.settings.today());
    LocalDate from = dateParam(request, "fromDate", thisMonth.atDay(1));
    LocalDate to = dateParam(request, "toDate", thisMonth.atEndOfMonth());
    ArrayNode reports =
        XeroJson.MAPPER
            .createArrayNode()
            .add(BankSummary.report(tenant.books, tenant.name(), from, to));
    return SandboxResponse.json(200, XeroJson.write(BatchCreate.envelope("Reports", reports)));
  }

  public SandboxResponse readTransactions(
      SandboxTenant tenant, String[] parts, SandboxRequest request) {
    return read("BankTransactions", "BankTransactionID", tenant.bankTransactions(), parts, request);
  }

  public SandboxResponse readTransfers(
      SandboxTenant tenant, String[] parts, SandboxRequest request) {
    return read("BankTransfers", "BankTransferID", tenant.bankTransfers(), parts, request);
  }

  /** {@code GET /Collection} (a filtered list) or {@code GET /Collection/{id}} (one). */
  private static SandboxResponse read(
      String collection,
      String idField,
      List<JsonNode> items,
      String[] parts,
      SandboxRequest request) {
    if (!request.method().equals("GET") || parts.length > 2) {
      return XeroErrors.notFound();
    }
    if (parts.length == 1) {
      return AccountingRoutes.list(collection, XeroJson.MAPPER.valueToTree(items), request);
    }
    return items.stream()
        .filter(item -> parts[1].equalsIgnoreCase(XeroJson.text(item, idField)))
        .findFirst()
        .map(
            item ->
                SandboxResponse.json(
                    200,
                    XeroJson.write(
                        BatchCreate.envelope(
                            collection, XeroJson.MAPPER.createArrayNode().add(item)))))
        .orElse(XeroErrors.notFound());
  }

  private static LocalDate dateParam(SandboxRequest request, String name, LocalDate otherwise) {
    String value = request.param(name);
    return value == null || value.isBlank() ? otherwise : XeroJson.parseDate(value);
  }
}
