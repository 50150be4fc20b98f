package com.quoox.xero.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.quoox.xero.events.PaymentProvider;
import com.quoox.xero.events.PaymentReceived;
import com.quoox.xero.events.RefundIssued;
import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.it.support.DeployedModule;
import com.quoox.xero.it.support.Eventually;
import com.quoox.xero.it.support.ModuleApi;
import com.quoox.xero.it.support.TestBusiness;
import com.quoox.xero.sandbox.http.LoggedRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Daily summary mode: a business that chose it gets one invoice for a day's sales and one credit
 * note for its refunds, a line per account and tax type, totalling the day's charges to the cent;
 * each sale's sync entry names the summary invoice; today's sales wait for the day to end; a
 * summary whose answer was lost is looked up, not sent twice.
 */
class DailySummaryIT extends DeployedModule {

  private static final String DAILY_MAPPINGS =
      TestBusiness.MAPPINGS.replace(
          "\"singleContactName\": \"Quoox Sales\"",
          "\"singleContactName\": \"Quoox Sales\", \"invoicing\": \"DAILY_SUMMARY\"");

  private static final int SALES = 30;

  @Test
  void aDaysSalesAndRefundsBecomeOneInvoiceAndOneCreditNoteAndTodayWaits() {
    TestBusiness business = dailyBusiness();
    business.expect(
        200,
        api.put(
            business.path("payments"),
            "{\"providers\": {\"CARD\": {\"recordPayments\": true, \"accountCode\": \"094\"}}}"));
    business.expect(200, api.post(business.path("dispatch/pause"), "{\"reason\":\"day\"}"));
    List<SaleCompleted> sales = new ArrayList<>();
    for (int i = 0; i < SALES; i++) {
      SaleCompleted sale = business.cafeSale(); // 8.40 on 2026-11-25: 6.40 coffee, 2.00 bakery
      business.sell(sale);
      sales.add(sale);
    }
    SaleCompleted today = TestBusiness.completedAt(business.cafeSale(), Instant.now());
    business.sell(today);
    RefundIssued refund = refundOn(business, sales.get(3), "R-1", "3.20");
    business.expect(200, api.fire("demo/refunds", refund));
    for (int i = 0; i < 2; i++) {
      business.expect(200, api.fire("demo/payments", cardPayment(business, sales.get(i))));
    }

    business.expect(200, api.post(business.path("dispatch/resume"), ""));

    JsonNode invoice = business.awaitInvoices(1).get(0);
    business.awaitSyncStatus(sales.get(SALES - 1).saleNumber(), "SENT");
    assertEquals(1, business.xero.invoices().size(), "one invoice for the day");
    assertEquals(0, new BigDecimal("252.00").compareTo(invoice.path("Total").decimalValue()));
    assertEquals("Inclusive", invoice.path("LineAmountTypes").asText());
    assertTrue(
        invoice.path("Reference").asText().startsWith("Day 2026-11-25 #"),
        invoice.path("Reference").asText());
    assertEquals("Quoox Sales", invoice.path("Contact").path("Name").asText());
    assertEquals(
        Map.of(
            "200/OUTPUT2",
            new BigDecimal("192.00"),
            "260/ZERORATEDOUTPUT",
            new BigDecimal("60.00")),
        amountsByCoding(invoice));
    for (SaleCompleted sale : sales) {
      JsonNode entry = business.awaitSyncStatus(sale.saleNumber(), "SENT");
      assertEquals(invoice.path("InvoiceNumber").asText(), entry.path("xeroNumber").asText());
    }

    JsonNode creditNote =
        Eventually.await(
                "the day's credit note",
                Duration.ofSeconds(30),
                business.xero::creditNotes,
                notes -> notes.size() >= 1)
            .get(0);
    assertEquals(0, new BigDecimal("3.20").compareTo(creditNote.path("Total").decimalValue()));
    business.awaitSyncStatus("R-1", "SENT");

    List<JsonNode> payments =
        Eventually.await(
            "the card payments",
            Duration.ofSeconds(30),
            business.xero::payments,
            p -> p.size() >= 2);
    for (JsonNode payment : payments) {
      assertEquals(
          invoice.path("InvoiceID").asText(),
          payment.path("Invoice").path("InvoiceID").asText(),
          "paid against the day's invoice: " + payment);
      assertEquals(0, new BigDecimal("8.40").compareTo(payment.path("Amount").decimalValue()));
    }

    JsonNode waiting = business.syncEntry(today.saleNumber());
    assertNotNull(waiting);
    assertEquals("RETRY_WAIT", waiting.path("status").asText(), waiting.toString());
    String day = LocalDate.now(ZoneOffset.UTC).toString();
    assertTrue(
        waiting.path("lastError").asText().contains("daily summary of " + day), waiting.toString());

    // One call, or its automatic retries under the same key when the busy machine timed it out.
    List<String> keys =
        invoiceCreates(business).stream().map(LoggedRequest::idempotencyKey).distinct().toList();
    assertEquals(1, keys.size(), "one summary for 30 sales: " + keys);
    assertTrue(keys.get(0).startsWith("summary-"), keys.get(0));
  }

  @Test
  void aSummaryWhoseAnswerWasLostIsLookedUpNotSentTwice() {
    TestBusiness business = dailyBusiness();
    business.expect(200, api.post(business.path("dispatch/pause"), "{\"reason\":\"day\"}"));
    List<SaleCompleted> sales = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      SaleCompleted sale = business.cafeSale();
      business.sell(sale);
      sales.add(sale);
    }
    // Created, then answered 504 three times: the first call and both of its automatic retries.
    business.xero.dropAnswerNext(3, 504);

    business.expect(200, api.post(business.path("dispatch/resume"), ""));

    for (SaleCompleted sale : sales) {
      Eventually.await(
          sale.saleNumber() + " SENT",
          Duration.ofSeconds(60),
          () -> business.syncEntry(sale.saleNumber()),
          e -> e != null && "SENT".equals(e.path("status").asText()));
    }
    List<JsonNode> invoices = business.xero.invoices();
    assertEquals(1, invoices.size(), "the summary once, though its first answer was lost");
    assertEquals(
        0, new BigDecimal("42.00").compareTo(invoices.get(0).path("Total").decimalValue()));
    assertEquals(
        1,
        invoiceCreates(business).stream().map(LoggedRequest::idempotencyKey).distinct().count(),
        "every create of the summary under its one key");
    assertTrue(
        business.xero.requests().stream()
            .anyMatch(r -> r.path().endsWith("/Invoices") && r.method().equals("GET")),
        "looked up by its reference after the unknown outcome");
  }

  @Test
  void anInvoicingModeThatDoesNotExistIsRefusedNamingTheChoices() {
    TestBusiness business = TestBusiness.connected(api);
    ModuleApi.Answer refused =
        api.put(business.path("mappings"), DAILY_MAPPINGS.replace("DAILY_SUMMARY", "WEEKLY"));
    assertEquals(400, refused.status(), refused.body());
    assertTrue(
        refused.body().contains("WEEKLY") && refused.body().contains("DAILY_SUMMARY"),
        refused.body());
    JsonNode kept = business.expect(200, api.get(business.path("mappings"))).json();
    assertEquals("PER_SALE", kept.path("invoicing").asText(), kept.toString());
  }

  private TestBusiness dailyBusiness() {
    TestBusiness business = TestBusiness.connected(api);
    business.expect(200, api.put(business.path("mappings"), DAILY_MAPPINGS));
    JsonNode saved = business.expect(200, api.get(business.path("mappings"))).json();
    assertEquals("DAILY_SUMMARY", saved.path("invoicing").asText(), saved.toString());
    return business;
  }

  private static List<LoggedRequest> invoiceCreates(TestBusiness business) {
    return business.xero.requests().stream()
        .filter(r -> r.path().endsWith("/Invoices") && !r.method().equals("GET"))
        .toList();
  }

  private static Map<String, BigDecimal> amountsByCoding(JsonNode invoice) {
    Map<String, BigDecimal> amounts = new TreeMap<>();
    for (JsonNode line : invoice.path("LineItems")) {
      amounts.merge(
          line.path("AccountCode").asText() + "/" + line.path("TaxType").asText(),
          line.path("LineAmount").decimalValue().setScale(2),
          BigDecimal::add);
    }
    return amounts;
  }

  private static PaymentReceived cardPayment(TestBusiness business, SaleCompleted sale) {
    return new PaymentReceived(
        business.id,
        "pay-" + sale.saleNumber(),
        sale.saleId(),
        PaymentProvider.CARD,
        new BigDecimal("8.40"),
        "GBP",
        "card-" + sale.saleNumber(),
        null,
        Instant.parse("2026-11-25T12:00:00Z"));
  }

  /** An amount-only refund issued on the sales' day. */
  private static RefundIssued refundOn(
      TestBusiness business, SaleCompleted sale, String number, String amount) {
    return new RefundIssued(
        business.id,
        UUID.randomUUID().toString(),
        number,
        sale.saleId(),
        Instant.parse("2026-11-25T18:00:00Z"),
        "GBP",
        true,
        List.of(),
        new BigDecimal(amount),
        "Customer asked");
  }
}
