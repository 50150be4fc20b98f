package com.quoox.xero.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.quoox.xero.events.RefundIssued;
import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.it.support.DeployedModule;
import com.quoox.xero.it.support.ModuleApi;
import com.quoox.xero.it.support.TestBusiness;
import com.quoox.xero.sandbox.XeroSandbox;
import com.quoox.xero.sandbox.http.LoggedRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Sales and refunds fired inside the real WildFly reach the Xero sandbox as invoices and credit
 * notes, exactly once, through outages, rate limits and mapping mistakes.
 */
class SaleToXeroIT extends DeployedModule {

  @Test
  void saleBecomesOneAuthorisedInvoiceWithTheMappedCodesAndTheChargedTotal() {
    TestBusiness business = TestBusiness.connected(api);
    SaleCompleted sale = business.cafeSale();

    business.sell(sale);

    JsonNode invoice = business.awaitInvoices(1).get(0);
    assertEquals("ACCREC", invoice.path("Type").asText());
    assertEquals("AUTHORISED", invoice.path("Status").asText());
    assertEquals(sale.saleNumber(), invoice.path("Reference").asText());
    assertEquals("Quoox Sales", invoice.path("Contact").path("Name").asText());
    assertEquals("Inclusive", invoice.path("LineAmountTypes").asText());
    assertEquals(0, new BigDecimal("8.40").compareTo(invoice.path("Total").decimalValue()));
    JsonNode lines = invoice.path("LineItems");
    assertEquals(2, lines.size(), "no rounding line is needed: " + lines);
    assertLine(lines.get(0), "200", "OUTPUT2", "6.40");
    assertLine(lines.get(1), "260", "ZERORATEDOUTPUT", "2.00");
    JsonNode logged = business.awaitSyncStatus(sale.saleNumber(), "SENT");
    assertEquals(invoice.path("InvoiceNumber").asText(), logged.path("xeroNumber").asText());
    assertEquals(invoice.path("InvoiceID").asText(), logged.path("xeroId").asText());
    assertEquals(
        logged.path("id").asText(),
        creates(business).get(0).idempotencyKey(),
        "the create carries the outbox entry's id as Idempotency-Key");
  }

  @Test
  void refundBecomesCreditNoteAllocatedToTheSalesInvoice() {
    TestBusiness business = TestBusiness.connected(api);
    SaleCompleted sale = business.cafeSale();
    business.sell(sale);
    RefundIssued refund = business.refundOf(sale, "R-1", List.of(TestBusiness.flatWhite()), "3.20");

    business.expect(200, api.fire("demo/refunds", refund));

    business.awaitSyncStatus("R-1", "SENT");
    JsonNode creditNote = business.xero.creditNotes().get(0);
    assertEquals("ACCRECCREDIT", creditNote.path("Type").asText());
    assertEquals(0, new BigDecimal("3.20").compareTo(creditNote.path("Total").decimalValue()));
    assertEquals(0, BigDecimal.ZERO.compareTo(creditNote.path("RemainingCredit").decimalValue()));
    JsonNode invoice = business.xero.invoices().get(0);
    assertEquals(0, new BigDecimal("5.20").compareTo(invoice.path("AmountDue").decimalValue()));
    assertEquals(
        0, new BigDecimal("3.20").compareTo(invoice.path("AmountCredited").decimalValue()));
  }

  @Test
  void refundWaitsUntilItsSalesInvoiceIsInXero() {
    TestBusiness business = TestBusiness.connected(api);
    business.xero.down();
    SaleCompleted sale = business.cafeSale();
    business.sell(sale);
    RefundIssued refund = business.refundOf(sale, "R-9", List.of(), "1.50");

    business.expect(200, api.fire("demo/refunds", refund));

    // Waiting for its sale's invoice, or (claimed in the same turn as the sale) with the sale.
    JsonNode waiting = business.awaitSyncStatus("R-9", "RETRY_WAIT");
    String reason = waiting.path("lastError").asText();
    assertTrue(
        reason.startsWith("Waiting for the invoice of sale " + sale.saleNumber())
            || reason.startsWith("Waiting with " + sale.saleNumber()),
        waiting.toString());
    assertEquals(0, business.xero.creditNotes().size());
    business.xero.up();
    business.awaitSyncStatus("R-9", "SENT");
    JsonNode invoice = business.xero.invoices().get(0);
    assertEquals(
        0,
        new BigDecimal("6.90").compareTo(invoice.path("AmountDue").decimalValue()),
        invoice.toString());
  }

  @Test
  void saleMadeWhileXeroIsDownIsDeliveredOnceXeroIsBack() {
    TestBusiness business = TestBusiness.connected(api);
    business.xero.down();
    SaleCompleted sale = business.cafeSale();

    business.sell(sale);
    JsonNode waiting = business.awaitSyncStatus(sale.saleNumber(), "RETRY_WAIT");
    business.xero.up();

    business.awaitSyncStatus(sale.saleNumber(), "SENT");
    assertEquals(1, business.xero.invoices().size());
    assertTrue(
        waiting.path("lastError").asText().contains("503")
            || !waiting.path("lastError").asText().isEmpty(),
        "the sync log says why it waits: " + waiting);
  }

  @Test
  void rateLimitedSaleWaitsForRetryAfterAndIsSentOnce() {
    TestBusiness business = TestBusiness.connected(api);
    business.xero.rateLimitNext(1, 2, "minute");
    SaleCompleted sale = business.cafeSale();

    business.sell(sale);

    business.awaitSyncStatus(sale.saleNumber(), "SENT");
    assertEquals(1, business.xero.invoices().size());
    List<LoggedRequest> creates = creates(business);
    assertEquals(429, creates.get(0).status());
    LoggedRequest accepted = creates.get(creates.size() - 1);
    assertEquals(200, accepted.status());
    long waitedMillis = accepted.at().toEpochMilli() - creates.get(0).at().toEpochMilli();
    assertTrue(waitedMillis >= 2000, "waited the 2 s Xero asked for, not " + waitedMillis + " ms");
  }

  @Test
  void unknownAccountCodeParksTheSaleWithXerosMessageUntilFixedAndRetried() {
    // Saved before connecting, so not checked against the chart (as after an account is deleted).
    TestBusiness business = TestBusiness.unconnected(api);
    business.expect(
        200,
        api.put(business.path("mappings"), TestBusiness.MAPPINGS.replace("\"260\"", "\"999\"")));
    business.expect(
        200,
        api.put(business.path("connection"), business.customConnection(business.id + "-secret")));
    SaleCompleted sale = business.cafeSale();

    business.sell(sale);

    JsonNode parked = business.awaitSyncStatus(sale.saleNumber(), "NEEDS_ATTENTION");
    assertTrue(
        parked.path("lastError").asText().contains("Account code '999' is not a valid code"),
        "Xero's own message is shown: " + parked);
    assertEquals(0, business.xero.invoices().size());

    business.expect(200, api.put(business.path("mappings"), TestBusiness.MAPPINGS));
    business.expect(
        200, api.post(business.path("sync/" + parked.path("id").asText() + "/retry"), ""));

    business.awaitSyncStatus(sale.saleNumber(), "SENT");
    assertEquals(
        "260",
        business.awaitInvoices(1).get(0).path("LineItems").get(1).path("AccountCode").asText());
  }

  @Test
  void rolledBackSaleNeverReachesXero() {
    TestBusiness business = TestBusiness.connected(api);
    SaleCompleted failed = business.cafeSale();
    SaleCompleted next = business.cafeSale();

    business.expect(409, api.fire("demo/sales?fail=true", failed));
    business.sell(next);

    business.awaitSyncStatus(next.saleNumber(), "SENT");
    assertEquals(
        null, business.syncEntry(failed.saleNumber()), "no outbox row for the rolled-back sale");
    assertEquals(
        List.of(next.saleNumber()),
        business.xero.invoices().stream().map(i -> i.path("Reference").asText()).toList());
  }

  @Test
  void sameSaleFiredTwiceBecomesOneInvoice() {
    TestBusiness business = TestBusiness.connected(api);
    SaleCompleted sale = business.cafeSale();

    business.sell(sale);
    business.sell(sale);
    SaleCompleted barrier = business.cafeSale();
    business.sell(barrier);

    business.awaitSyncStatus(barrier.saleNumber(), "SENT");
    business.awaitSyncStatus(sale.saleNumber(), "SENT");
    assertEquals(2, business.xero.invoices().size());
  }

  /**
   * Two tills (or a retrying monolith) firing the same sale at the same moment: on PostgreSQL the
   * intake's {@code INSERT … ON CONFLICT DO NOTHING} lets every sale succeed and keeps one row. (On
   * H2 the intake looks, then inserts, so the later of two overlapping duplicates fails at commit.)
   */
  @Test
  @EnabledIfSystemProperty(named = "it.database", matches = "postgresql")
  void sameSaleFiredAtTheSameMomentSucceedsEverywhereAndBecomesOneInvoice() throws Exception {
    TestBusiness business = TestBusiness.connected(api);
    SaleCompleted sale = business.cafeSale();
    ExecutorService tills = Executors.newFixedThreadPool(10);
    try {
      List<Future<ModuleApi.Answer>> answers = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        answers.add(tills.submit(() -> api.fire("demo/sales", sale)));
      }
      for (Future<ModuleApi.Answer> answer : answers) {
        assertEquals(200, answer.get().status(), answer.get().body());
      }
    } finally {
      tills.shutdown();
    }
    SaleCompleted barrier = business.cafeSale();
    business.sell(barrier);

    business.awaitSyncStatus(barrier.saleNumber(), "SENT");
    business.awaitSyncStatus(sale.saleNumber(), "SENT");
    assertEquals(2, business.xero.invoices().size());
  }

  @Test
  void answerLostAfterXeroCreatedTheInvoiceStillMakesOnlyOneInvoice() {
    TestBusiness business = TestBusiness.connected(api);
    business.xero.dropAnswerNext(1);
    SaleCompleted sale = business.cafeSale();

    business.sell(sale);

    business.awaitSyncStatus(sale.saleNumber(), "SENT");
    assertEquals(1, business.xero.invoices().size());
    // Xero may no longer replay the key: the invoice is looked up, found, and not sent again.
    assertEquals(1, creates(business).size(), "not sent again after the lost answer");
    assertTrue(
        business.xero.requests().stream()
            .anyMatch(r -> r.method().equals("GET") && r.path().endsWith("/Invoices")),
        "looked up by its reference");
  }

  @Test
  void invalidEventIsParkedWithItsReasonWhileTheSaleSucceeds() {
    TestBusiness business = TestBusiness.connected(api);
    SaleCompleted good = business.cafeSale();
    SaleCompleted bad =
        new SaleCompleted(
            business.id,
            UUID.randomUUID().toString(),
            "S-bad",
            Instant.now(),
            "pounds",
            null,
            true,
            List.of(),
            null,
            new BigDecimal("1.00"),
            List.of(),
            null);

    business.sell(bad);

    JsonNode parked = business.awaitSyncStatus("S-bad", "NEEDS_ATTENTION");
    assertTrue(
        parked.path("lastError").asText().contains("currency must be a three-letter ISO 4217 code"),
        parked.toString());
    assertTrue(
        parked.path("lastError").asText().contains("a sale needs at least one line"),
        parked.toString());
    business.sell(good);
    business.awaitSyncStatus(good.saleNumber(), "SENT");
  }

  @Test
  void accessTokenIsFetchedOnceAndReusedForLaterSales() {
    TestBusiness business = TestBusiness.connected(api);
    SaleCompleted first = business.cafeSale();
    business.sell(first);
    business.awaitSyncStatus(first.saleNumber(), "SENT");
    long afterFirstSale = XeroSandbox.shared().tokensIssued(business.xero.tenantId());

    for (int i = 0; i < 3; i++) {
      SaleCompleted sale = business.cafeSale();
      business.sell(sale);
      business.awaitSyncStatus(sale.saleNumber(), "SENT");
    }

    assertEquals(
        afterFirstSale,
        XeroSandbox.shared().tokensIssued(business.xero.tenantId()),
        "the first sale's token serves the next three");
    assertTrue(afterFirstSale <= 2, "connecting's test and one session token: " + afterFirstSale);
  }

  @Test
  void expiredAccessTokenIsReplacedAndTheSaleStillSent() {
    TestBusiness business = TestBusiness.connected(api);
    SaleCompleted first = business.cafeSale();
    business.sell(first);
    business.awaitSyncStatus(first.saleNumber(), "SENT");
    XeroSandbox.shared().expireAccessTokens(business.xero.tenantId());
    long tokensBefore = XeroSandbox.shared().tokensIssued(business.xero.tenantId());
    SaleCompleted second = business.cafeSale();

    business.sell(second);

    business.awaitSyncStatus(second.saleNumber(), "SENT");
    assertEquals(2, business.xero.invoices().size());
    assertEquals(
        1,
        XeroSandbox.shared().tokensIssued(business.xero.tenantId()) - tokensBefore,
        "Xero refused the expired token, so the module fetched exactly one new one");
  }

  private static void assertLine(JsonNode line, String account, String taxType, String amount) {
    assertEquals(account, line.path("AccountCode").asText(), line.toString());
    assertEquals(taxType, line.path("TaxType").asText(), line.toString());
    assertEquals(
        0,
        new BigDecimal(amount).compareTo(line.path("LineAmount").decimalValue()),
        line.toString());
  }

  private static List<LoggedRequest> creates(TestBusiness business) {
    return business.xero.requests().stream()
        .filter(r -> r.path().endsWith("/Invoices") && !r.method().equals("GET"))
        .toList();
  }
}
