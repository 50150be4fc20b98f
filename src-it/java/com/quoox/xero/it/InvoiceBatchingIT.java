package com.quoox.xero.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.events.SaleLine;
import com.quoox.xero.it.support.DeployedModule;
import com.quoox.xero.it.support.Eventually;
import com.quoox.xero.it.support.TestBusiness;
import com.quoox.xero.sandbox.http.LoggedRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A busy venue's backlog reaches Xero 50 invoices a call (60 calls a minute would otherwise cap a
 * business at 60 sales a minute), and one invoice Xero refuses inside a batch is parked with its
 * own message while the other 49 are sent.
 */
class InvoiceBatchingIT extends DeployedModule {

  private static final int SALES = 120;

  @Test
  void aBacklogGoesFiftyInvoicesACallAndARefusedOneIsParkedAlone() {
    TestBusiness business = TestBusiness.connected(api);
    business.expect(200, api.post(business.path("dispatch/pause"), "{\"reason\":\"backlog\"}"));
    SaleCompleted refused = null;
    for (int i = 1; i <= SALES; i++) {
      // The 70th sells only bakery, coded to 260, which the organisation archives below.
      SaleCompleted sale =
          i == 70 ? onlyCategory(business, "bakery") : onlyCategory(business, "coffee");
      refused = i == 70 ? sale : refused;
      business.sell(sale);
    }
    business.xero.archiveAccount("260");

    business.expect(200, api.post(business.path("dispatch/resume"), ""));

    List<JsonNode> invoices =
        Eventually.await(
            (SALES - 1) + " invoices in Xero",
            Duration.ofSeconds(60),
            business.xero::invoices,
            l -> l.size() >= SALES - 1);
    JsonNode parked =
        Eventually.await(
            "the refused sale parked",
            Duration.ofSeconds(30),
            () ->
                business.expect(200, api.get(business.path("sync?status=NEEDS_ATTENTION"))).json(),
            list -> list.size() == 1);
    assertEquals(refused.saleNumber(), parked.get(0).path("number").asText(), parked.toString());
    assertTrue(parked.get(0).path("lastError").asText().contains("260"), parked.toString());
    Set<String> references = new HashSet<>();
    invoices.forEach(invoice -> references.add(invoice.path("Reference").asText()));
    assertEquals(SALES - 1, references.size(), "each sale once");
    assertTrue(!references.contains(refused.saleNumber()));

    List<LoggedRequest> creates =
        business.xero.requests().stream()
            .filter(r -> r.path().endsWith("/Invoices") && !r.method().equals("GET"))
            .toList();
    assertTrue(
        creates.size() >= 3 && creates.size() <= 4,
        "120 sales in batches of at most 50: " + creates.size() + " calls");
    for (LoggedRequest create : creates) {
      assertEquals(200, create.status());
      assertTrue(create.idempotencyKey().startsWith("batch-"), create.idempotencyKey());
      assertTrue(create.query().contains("summarizeErrors=false"), create.query());
    }
    assertEquals(
        creates.size(),
        creates.stream().map(LoggedRequest::idempotencyKey).distinct().count(),
        "one key a batch");
  }

  private static SaleCompleted onlyCategory(TestBusiness business, String category) {
    SaleCompleted cafe = business.cafeSale();
    SaleLine line =
        cafe.lines().stream().filter(l -> l.category().equals(category)).findFirst().orElseThrow();
    BigDecimal total =
        line.unitPrice().multiply(line.quantity()).subtract(line.discount()).setScale(2);
    return new SaleCompleted(
        cafe.businessId(),
        cafe.saleId(),
        cafe.saleNumber(),
        cafe.completedAt(),
        cafe.currency(),
        cafe.customer(),
        cafe.pricesIncludeTax(),
        List.of(line),
        null,
        total,
        List.of(),
        null);
  }
}
