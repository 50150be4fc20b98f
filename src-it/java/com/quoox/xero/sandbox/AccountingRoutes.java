package com.quoox.xero.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.quoox.xero.sandbox.accounting.BatchCreate;
import com.quoox.xero.sandbox.accounting.ChartOfAccounts;
import com.quoox.xero.sandbox.accounting.ContactResource;
import com.quoox.xero.sandbox.accounting.ContractValidator;
import com.quoox.xero.sandbox.accounting.DocumentKind;
import com.quoox.xero.sandbox.accounting.DocumentResource;
import com.quoox.xero.sandbox.accounting.OrganisationSettings;
import com.quoox.xero.sandbox.accounting.WhereFilter;
import com.quoox.xero.sandbox.banking.BankingResource;
import com.quoox.xero.sandbox.banking.SettlementResource;
import com.quoox.xero.sandbox.http.SandboxRequest;
import com.quoox.xero.sandbox.http.SandboxResponse;
import com.quoox.xero.sandbox.http.XeroErrors;
import com.quoox.xero.sandbox.http.XeroJson;
import java.util.function.Predicate;

/**
 * Routes an admitted Accounting API call to the resource that answers it, and answers the read-only
 * settings (Organisation, Accounts, TaxRates) and the list of payments itself. Each call holds the
 * tenant's books for its whole duration.
 */
public final class AccountingRoutes {

  private final DocumentResource documents = new DocumentResource();
  private final ContactResource contacts = new ContactResource();
  private final SettlementResource settlements = new SettlementResource();
  private final BankingResource banking = new BankingResource();

  public SandboxResponse answer(SandboxTenant tenant, SandboxRequest request) {
    String[] parts =
        request
            .path()
            .substring(ContractValidator.BASE_PATH.length())
            .replaceAll("^/|/$", "")
            .split("/");
    String method = request.method();
    try {
      synchronized (tenant.books) {
        return route(tenant, request, method, parts);
      }
    } catch (JsonProcessingException e) {
      return XeroErrors.postDataInvalid(
          "The request body is not valid JSON: " + e.getOriginalMessage());
    } catch (IllegalArgumentException e) {
      return XeroErrors.postDataInvalid(e.getMessage());
    }
  }

  private SandboxResponse route(
      SandboxTenant tenant, SandboxRequest request, String method, String[] parts)
      throws JsonProcessingException {
    String collection = parts[0];
    boolean write = request.isWrite();
    return switch (collection) {
      case "Organisation" ->
          method.equals("GET") && parts.length == 1 ? organisation(tenant) : XeroErrors.notFound();
      case "Accounts" ->
          method.equals("GET")
              ? list("Accounts", ChartOfAccounts.accountsJson(tenant.books), request)
              : XeroErrors.notFound();
      case "TaxRates" ->
          method.equals("GET")
              ? list("TaxRates", ChartOfAccounts.taxRatesJson(), request)
              : XeroErrors.notFound();
      case "Invoices", "CreditNotes" -> {
        DocumentKind kind =
            collection.equals("Invoices") ? DocumentKind.INVOICE : DocumentKind.CREDIT_NOTE;
        if (parts.length == 3
            && parts[2].equals("Allocations")
            && kind == DocumentKind.CREDIT_NOTE
            && write) {
          yield settlements.allocate(tenant, parts[1], request);
        }
        if (parts.length == 2 && method.equals("GET")) {
          yield documents.one(tenant, kind, parts[1]);
        }
        if (parts.length == 1) {
          yield write
              ? documents.create(tenant, kind, request)
              : documents.list(tenant, kind, request);
        }
        yield XeroErrors.notFound();
      }
      case "Contacts" ->
          parts.length == 1
              ? (write ? contacts.create(tenant, request) : contacts.list(tenant, request))
              : parts.length == 2 && method.equals("GET")
                  ? contacts.one(tenant, parts[1])
                  : XeroErrors.notFound();
      case "Payments" ->
          parts.length == 1 && write
              ? settlements.pay(tenant, request)
              : parts.length == 1
                  ? list("Payments", XeroJson.MAPPER.valueToTree(tenant.payments()), request)
                  : XeroErrors.notFound();
      case "BankTransactions" ->
          write && parts.length == 1
              ? banking.createTransactions(tenant, request)
              : banking.readTransactions(tenant, parts, request);
      case "BankTransfers" ->
          write && parts.length == 1
              ? banking.createTransfers(tenant, request)
              : banking.readTransfers(tenant, parts, request);
      case "Reports" ->
          method.equals("GET") && parts.length == 2 && parts[1].equals("BankSummary")
              ? banking.bankSummary(tenant, request)
              : XeroErrors.notFound();
      default -> XeroErrors.notFound();
    };
  }

  private static SandboxResponse organisation(SandboxTenant tenant) {
    ObjectNode org = XeroJson.object();
    org.put("OrganisationID", tenant.tenantId());
    org.put("APIKey", "");
    org.put("Name", tenant.name());
    org.put("LegalName", tenant.name());
    org.put("PaysTax", true);
    org.put("Version", "UK");
    org.put("OrganisationType", "COMPANY");
    org.put("OrganisationEntityType", "COMPANY");
    org.put("BaseCurrency", "GBP");
    org.put("CountryCode", "GB");
    org.put("IsDemoCompany", false);
    org.put("OrganisationStatus", "ACTIVE");
    org.put("FinancialYearEndDay", 31);
    org.put("FinancialYearEndMonth", 3);
    org.put("SalesTaxBasis", "ACCRUALS");
    org.put("SalesTaxPeriod", "QUARTERLY1");
    org.put("DefaultSalesTax", "Tax Exclusive");
    org.put("DefaultPurchasesTax", "Tax Exclusive");
    OrganisationSettings settings = tenant.settings;
    // Shown only when set, as MS dates (PeriodLockDate in Xero's OpenAPI contract).
    if (settings.periodLockDate() != null) {
      org.put("PeriodLockDate", XeroJson.msDate(settings.periodLockDate()));
    }
    if (settings.endOfYearLockDate() != null) {
      org.put("EndOfYearLockDate", XeroJson.msDate(settings.endOfYearLockDate()));
    }
    org.put("Timezone", settings.timezone());
    org.put("ShortCode", "!" + tenant.tenantId().substring(0, 5));
    org.put("Edition", "BUSINESS");
    org.put("Class", "STANDARD");
    org.put("CreatedDateUTC", XeroJson.msDate(tenant.connectedAt()));
    ArrayNode array = XeroJson.MAPPER.createArrayNode().add(org);
    return SandboxResponse.json(200, XeroJson.write(BatchCreate.envelope("Organisations", array)));
  }

  /** A filtered list (Xero's {@code where}) wrapped in the usual envelope. */
  public static SandboxResponse list(String collection, JsonNode items, SandboxRequest request) {
    Predicate<JsonNode> filter = WhereFilter.parse(request.param("where"));
    ArrayNode kept = XeroJson.MAPPER.createArrayNode();
    items.forEach(
        item -> {
          if (filter.test(item)) {
            kept.add(item);
          }
        });
    return SandboxResponse.json(200, XeroJson.write(BatchCreate.envelope(collection, kept)));
  }
}
