package com.quoox.xero.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.it.support.DeployedModule;
import com.quoox.xero.it.support.ModuleApi;
import com.quoox.xero.it.support.TestBusiness;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The sync log as the settings screen uses it: links into Xero, filters by status and day, "retry
 * all" after a shared mapping was fixed, and the back-fill of sales made before the business
 * connected, which never sends a sale twice.
 */
class SyncLogIT extends DeployedModule {

  @Test
  void sentEntriesLinkToTheirDocumentInXeroAndFiltersSelect() {
    TestBusiness business = TestBusiness.connected(api);
    SaleCompleted sale = business.cafeSale();
    business.sell(sale);
    JsonNode sent = business.awaitSyncStatus(sale.saleNumber(), "SENT");

    assertEquals(
        "https://go.xero.com/AccountsReceivable/View.aspx?InvoiceID="
            + sent.path("xeroId").asText(),
        sent.path("xeroUrl").asText());
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
    assertEquals(1, log(business, "?status=SENT&from=" + today + "&to=" + today).size());
    assertEquals(0, log(business, "?status=NEEDS_ATTENTION").size());
    assertEquals(0, log(business, "?to=" + yesterday).size());
    ModuleApi.Answer badDay = api.get(business.path("sync?from=2026-02-30"));
    assertEquals(400, badDay.status(), badDay.body());
    assertTrue(badDay.body().contains("not a day of the calendar"), badDay.body());
  }

  @Test
  void retryAllSendsEveryParkedEntryOnceTheMappingIsFixed() {
    TestBusiness business = TestBusiness.unconnected(api);
    business.expect( // saved before connecting, so unchecked: Xero refuses account 999
        200,
        api.put(business.path("mappings"), TestBusiness.MAPPINGS.replace("\"260\"", "\"999\"")));
    business.expect(
        200,
        api.put(business.path("connection"), business.customConnection(business.id + "-secret")));
    SaleCompleted first = business.cafeSale();
    SaleCompleted second = business.cafeSale();
    business.sell(first);
    business.sell(second);
    business.awaitSyncStatus(first.saleNumber(), "NEEDS_ATTENTION");
    business.awaitSyncStatus(second.saleNumber(), "NEEDS_ATTENTION");

    business.expect(200, api.put(business.path("mappings"), TestBusiness.MAPPINGS));
    JsonNode retried = business.expect(200, api.post(business.path("sync/retry-all"), "")).json();

    assertEquals(2, retried.path("retried").asInt());
    business.awaitSyncStatus(first.saleNumber(), "SENT");
    business.awaitSyncStatus(second.saleNumber(), "SENT");
    assertEquals(2, business.awaitInvoices(2).size());
  }

  /**
   * Three sales the till made before the module was installed, and one made after: resending the
   * month queues the three, leaves the fourth alone, and Xero ends with exactly four invoices.
   * Resending again finds all four already there and queues nothing.
   */
  @Test
  void backFillSendsPastSalesOnceAndNeverTwice() {
    TestBusiness business = TestBusiness.connected(api);
    Set<String> pastNumbers = new HashSet<>();
    for (int i = 0; i < 3; i++) {
      SaleCompleted past = madeOn(business.cafeSale(), "2026-11-0" + (i + 2) + "T12:00:00Z");
      business.expect(200, api.fire("demo/past-sales", past));
      pastNumbers.add(past.saleNumber());
    }
    SaleCompleted live = business.cafeSale();
    business.sell(live);
    business.awaitSyncStatus(live.saleNumber(), "SENT");

    String november = "{\"from\":\"2026-11-01\",\"to\":\"2026-11-30\"}";
    JsonNode result = business.expect(200, api.post(business.path("sync/resend"), november)).json();

    assertEquals(4, result.path("found").asInt(), result.toString());
    assertEquals(3, result.path("queued").asInt(), result.toString());
    assertEquals(1, result.path("alreadyInXero").asInt(), result.toString());
    assertEquals(0, result.path("resent").asInt(), result.toString());
    for (String number : pastNumbers) {
      business.awaitSyncStatus(number, "SENT");
    }
    assertEquals(4, business.xero.invoices().size());

    JsonNode again = business.expect(200, api.post(business.path("sync/resend"), november)).json();
    assertEquals(0, again.path("queued").asInt(), again.toString());
    assertEquals(4, again.path("alreadyInXero").asInt(), again.toString());
    assertEquals(4, log(business, "").size(), "nothing new in the sync log");
  }

  @Test
  void backFillOfAnImpossibleRangeIsRefusedOnItsField() {
    TestBusiness business = TestBusiness.connected(api);
    ModuleApi.Answer backwards =
        api.post(business.path("sync/resend"), "{\"from\":\"2026-11-20\",\"to\":\"2026-11-01\"}");
    assertEquals(400, backwards.status(), backwards.body());
    assertEquals("to", backwards.json().path("errors").get(0).path("field").asText());
    ModuleApi.Answer missing = api.post(business.path("sync/resend"), "{\"from\":\"2026-11-20\"}");
    assertEquals(400, missing.status(), missing.body());
    assertTrue(missing.body().contains("choose the last day"), missing.body());
  }

  private JsonNode log(TestBusiness business, String query) {
    return business.expect(200, api.get(business.path("sync" + query))).json();
  }

  private static SaleCompleted madeOn(SaleCompleted sale, String at) {
    return TestBusiness.completedAt(sale, Instant.parse(at));
  }
}
