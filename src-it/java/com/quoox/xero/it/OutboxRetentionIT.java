package com.quoox.xero.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.quoox.xero.events.PaymentProvider;
import com.quoox.xero.events.PaymentReceived;
import com.quoox.xero.events.RefundIssued;
import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.it.support.DeployedModule;
import com.quoox.xero.it.support.Eventually;
import com.quoox.xero.it.support.ServerConfiguration;
import com.quoox.xero.it.support.TestBusiness;
import com.quoox.xero.sandbox.XeroSandbox;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Sent entries leave the outbox after the retention period (here a few seconds; the test server
 * looks every 2 s), and what they leave behind still keeps every guarantee: a replayed sale is not
 * sent again, a late refund becomes a credit note on the sale's invoice and contact, a late payment
 * goes on its invoice, Xero's webhooks still find its invoice, and the sync log lists what is
 * within the period.
 */
class OutboxRetentionIT extends DeployedModule {

  private static final String RETENTION = "quoox.xero.outbox.retention";

  private static final String WEBHOOK_KEY = "it-webhook-key-not-a-secret";

  @AfterEach
  void backToTheDefault() {
    ServerConfiguration.remove(RETENTION);
  }

  @Test
  void xerosWebhookFindsAnArchivedSaleSoATillPaymentOfItsPaidInvoiceIsSkipped() {
    XeroSandbox.shared().subscribeWebhooks(api.uri("xero/webhooks"), WEBHOOK_KEY);
    TestBusiness business = TestBusiness.connected(api);
    business.expect(
        200,
        api.put(
            business.path("payments"),
            "{\"providers\": {\"CARD\": {\"recordPayments\": true, \"accountCode\": \"094\"}}}"));
    SaleCompleted sale = business.cafeSale();
    business.sell(sale);
    String invoiceId = business.awaitSyncStatus(sale.saleNumber(), "SENT").path("xeroId").asText();
    archive(business, sale);

    // An accountant records the money in Xero; its webhook names the archived sale's invoice.
    assertEquals(200, business.xero.payInvoice(invoiceId, "8.40", "094").orElseThrow().status());
    Eventually.await(
        "the webhook processed",
        Duration.ofSeconds(60),
        () -> api.get("xero/webhook-status").json(),
        status -> status.path("waiting").asLong() == 0);
    business.expect(
        200,
        api.fire(
            "demo/payments",
            new PaymentReceived(
                business.id,
                "pay-paid",
                sale.saleId(),
                PaymentProvider.CARD,
                new BigDecimal("8.40"),
                "GBP",
                "card-paid",
                null,
                Instant.parse("2026-11-25T16:00:00Z"))));

    JsonNode skipped = business.awaitSyncStatus("card-paid", "SKIPPED");
    assertTrue(
        skipped.path("lastError").asText().contains("already paid in Xero"),
        skipped.path("lastError").asText());
    assertEquals(1, business.xero.payments().size(), "only the accountant's payment");
  }

  /** Sets a retention of a second until the sale's entry has left the outbox (and the sync log). */
  private static void archive(TestBusiness business, SaleCompleted sale) {
    ServerConfiguration.set(RETENTION, "PT1S");
    Eventually.await(
        sale.saleNumber() + " archived, out of the sync log",
        Duration.ofSeconds(30),
        () -> business.syncEntry(sale.saleNumber()),
        entry -> entry == null);
    ServerConfiguration.remove(RETENTION);
  }

  @Test
  void anArchivedSaleIsNeverSentAgainAndItsLateRefundAndPaymentFindItsInvoice() {
    TestBusiness business = TestBusiness.connected(api);
    business.expect(
        200,
        api.put(
            business.path("payments"),
            "{\"providers\": {\"CARD\": {\"recordPayments\": true, \"accountCode\": \"094\"}}}"));
    SaleCompleted old = business.cafeSale();
    business.sell(old);
    business.awaitSyncStatus(old.saleNumber(), "SENT");
    JsonNode invoice = business.awaitInvoices(1).get(0);

    archive(business, old);

    // The monolith replays the sale months later: recognised by its archive, not sent again.
    business.sell(old);
    Eventually.sleep(3_000);
    assertEquals(1, business.xero.invoices().size(), "one invoice for the replayed sale");
    assertNull(business.syncEntry(old.saleNumber()), "no new entry for the replayed sale");

    RefundIssued refund =
        business.refundOf(old, "R-late", List.of(TestBusiness.flatWhite()), "3.20");
    business.expect(200, api.fire("demo/refunds", refund));
    business.awaitSyncStatus("R-late", "SENT");
    JsonNode creditNote = business.xero.creditNotes().get(0);
    assertEquals(
        invoice.path("Contact").path("ContactID").asText(),
        creditNote.path("Contact").path("ContactID").asText(),
        "the credit note is for the invoice's contact");
    List<JsonNode> allocations = business.xero.allocations();
    assertEquals(1, allocations.size(), "allocated to the sale's invoice: " + allocations);
    assertEquals(
        invoice.path("InvoiceID").asText(),
        allocations.get(0).path("Invoice").path("InvoiceID").asText(),
        allocations.toString());

    business.expect(
        200,
        api.fire(
            "demo/payments",
            new PaymentReceived(
                business.id,
                "pay-late",
                old.saleId(),
                PaymentProvider.CARD,
                new BigDecimal("5.20"),
                "GBP",
                null,
                null,
                Instant.parse("2026-11-27T10:00:00Z"))));
    business.awaitSyncStatus("pay-late", "SENT");
    List<JsonNode> payments = business.xero.payments();
    assertEquals(1, payments.size(), payments.toString());
    assertEquals(
        invoice.path("InvoiceID").asText(),
        payments.get(0).path("Invoice").path("InvoiceID").asText(),
        "the payment is on the archived sale's invoice");

    // Within the retention period the sync log answers as before.
    SaleCompleted recent = business.cafeSale();
    business.sell(recent);
    assertNotNull(business.awaitSyncStatus(recent.saleNumber(), "SENT"));
    assertNotNull(business.syncEntry("R-late"));
    assertEquals(2, business.xero.invoices().size());
  }
}
