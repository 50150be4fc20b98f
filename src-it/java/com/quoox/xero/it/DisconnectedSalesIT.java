package com.quoox.xero.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.it.support.DeployedModule;
import com.quoox.xero.it.support.ModuleApi;
import com.quoox.xero.it.support.TestBusiness;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No sale is lost because the business was not connected: a business that was connected keeps its
 * sales waiting while it is disconnected and sends them once it reconnects; one that never
 * connected sends, at its first connection, the sales made from the day it chose, and Resend sends
 * the ones before.
 */
class DisconnectedSalesIT extends DeployedModule {

  @Test
  void salesMadeWhileDisconnectedReachXeroOnceAfterReconnecting() {
    TestBusiness business = TestBusiness.connected(api);
    SaleCompleted before = business.cafeSale();
    business.sell(before);
    business.awaitSyncStatus(before.saleNumber(), "SENT");

    business.expect(204, api.delete(business.path("connection")));
    SaleCompleted first = business.cafeSale();
    SaleCompleted second = business.cafeSale();
    business.sell(first);
    business.sell(second);
    JsonNode waiting = business.awaitSyncStatus(first.saleNumber(), "RETRY_WAIT");
    business.awaitSyncStatus(second.saleNumber(), "RETRY_WAIT");
    assertEquals(
        "Waiting for the business to connect to Xero again; it goes as soon as it does.",
        waiting.path("lastError").asText(),
        waiting.toString());
    assertEquals(1, business.xero.invoices().size(), "nothing sent while disconnected");

    business.expect(
        200,
        api.put(business.path("connection"), business.customConnection(business.id + "-secret")));

    // Woken by the reconnection, not by the five-minute wait.
    business.awaitSyncStatus(first.saleNumber(), "SENT");
    business.awaitSyncStatus(second.saleNumber(), "SENT");
    List<JsonNode> invoices = business.awaitInvoices(3);
    assertEquals(3, invoices.size(), "each sale once in Xero");
    assertEquals(
        3,
        invoices.stream().map(i -> i.path("Reference").asText()).distinct().count(),
        invoices.toString());
  }

  @Test
  void aFirstConnectionSendsTheSalesOfTheDayItConnects() {
    TestBusiness business = TestBusiness.unconnected(api);
    SaleCompleted sale = business.cafeSale();
    business.sell(sale);
    JsonNode skipped = business.awaitSyncStatus(sale.saleNumber(), "SKIPPED");
    assertEquals(
        "Not sent: the business had not connected to Xero yet. Send it with Resend if it belongs"
            + " in Xero.",
        skipped.path("lastError").asText());
    JsonNode start = business.expect(200, api.get(business.path("sync-start"))).json();
    assertEquals(false, start.path("everConnected").asBoolean(), start.toString());

    business.expect(200, api.put(business.path("mappings"), TestBusiness.MAPPINGS));
    business.expect(
        200,
        api.put(business.path("connection"), business.customConnection(business.id + "-secret")));

    business.awaitSyncStatus(sale.saleNumber(), "SENT");
    assertEquals(1, business.awaitInvoices(1).size());
    start = business.expect(200, api.get(business.path("sync-start"))).json();
    assertEquals(LocalDate.now(ZoneOffset.UTC).toString(), start.path("sendSalesFrom").asText());
    assertEquals(true, start.path("everConnected").asBoolean(), start.toString());
    ModuleApi.Answer late =
        api.put(business.path("sync-start"), "{\"sendSalesFrom\":\"2026-01-01\"}");
    assertEquals(400, late.status(), late.body());
  }

  @Test
  void salesBeforeTheChosenDayWaitForResendAndGoOnce() {
    TestBusiness business = TestBusiness.unconnected(api);
    SaleCompleted sale = business.cafeSale();
    business.sell(sale);
    business.awaitSyncStatus(sale.saleNumber(), "SKIPPED");
    String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
    business.expect(
        200, api.put(business.path("sync-start"), "{\"sendSalesFrom\":\"" + tomorrow + "\"}"));
    business.expect(200, api.put(business.path("mappings"), TestBusiness.MAPPINGS));
    business.expect(
        200,
        api.put(business.path("connection"), business.customConnection(business.id + "-secret")));
    SaleCompleted afterConnecting = business.cafeSale();
    business.sell(afterConnecting);
    business.awaitSyncStatus(afterConnecting.saleNumber(), "SENT");
    assertEquals("SKIPPED", business.syncEntry(sale.saleNumber()).path("status").asText());

    String day = LocalDate.ofInstant(sale.completedAt(), ZoneOffset.UTC).toString();
    JsonNode resent =
        business
            .expect(
                200,
                api.post(
                    business.path("sync/resend"),
                    "{\"from\":\"" + day + "\",\"to\":\"" + day + "\"}"))
            .json();
    assertEquals(2, resent.path("found").asInt(), resent.toString());
    assertEquals(1, resent.path("resent").asInt(), resent.toString());
    assertEquals(0, resent.path("queued").asInt(), resent.toString());
    business.awaitSyncStatus(sale.saleNumber(), "SENT");
    assertEquals(2, business.awaitInvoices(2).size());
    assertEquals(2, business.xero.invoices().size(), "each sale once in Xero");
  }
}
