package com.quoox.xero.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.quoox.xero.events.PaymentProvider;
import com.quoox.xero.events.PaymentReceived;
import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.it.support.DeployedModule;
import com.quoox.xero.it.support.Eventually;
import com.quoox.xero.it.support.ModuleApi;
import com.quoox.xero.it.support.TestBusiness;
import com.quoox.xero.it.support.WildFlyHttp;
import com.quoox.xero.sandbox.XeroSandbox;
import com.quoox.xero.sandbox.webhooks.WebhookEvent;
import com.quoox.xero.sandbox.webhooks.WebhookSubscription;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Xero's signed webhooks tell the module what accountants did in Xero to what it sent: the endpoint
 * passes Xero's intent to receive, a voided invoice shows on the sync log with the choice to send
 * it again (exactly one new invoice), a payment already made in Xero is not posted again, a replay
 * changes nothing, and a burst of 1,000 events is answered in time and processed once.
 */
class XeroWebhooksIT extends DeployedModule {

  /** The key arquillian.xml gives the module, as copied from Xero's developer portal. */
  private static final String WEBHOOK_KEY = "it-webhook-key-not-a-secret";

  /** Xero gives up on a delivery not answered within 5 seconds. */
  private static final Duration XERO_WAITS = Duration.ofSeconds(5);

  private WebhookSubscription xeroWebhook;

  @BeforeEach
  void registerTheWebhookAtXero() {
    xeroWebhook = XeroSandbox.shared().subscribeWebhooks(api.uri("xero/webhooks"), WEBHOOK_KEY);
  }

  @Test
  void intentToReceivePassesWithTheRightKeyAndFailsWithAnother() throws Exception {
    assertTrue(xeroWebhook.intentToReceive().passed(), "the module's key is the portal's");

    WebhookSubscription otherKey =
        new WebhookSubscription(api.uri("xero/webhooks"), "a-key-the-module-does-not-have");
    WebhookSubscription.IntentToReceive refused = otherKey.intentToReceive();
    assertFalse(refused.passed());
    refused.deliveries().forEach(d -> assertEquals(401, d.status()));

    HttpResponse<String> unsigned =
        WildFlyHttp.client()
            .send(
                HttpRequest.newBuilder(api.uri("xero/webhooks"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"events\":[]}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(401, unsigned.statusCode());
  }

  @Test
  void anInvoiceVoidedInXeroShowsVoidedAndSendingAgainCreatesExactlyOneNewInvoice() {
    TestBusiness business = TestBusiness.connected(api);
    SaleCompleted sale = business.cafeSale();
    business.sell(sale);
    JsonNode sent = business.awaitSyncStatus(sale.saleNumber(), "SENT");
    String voidedId = sent.path("xeroId").asText();

    assertEquals(200, business.xero.voidInvoice(voidedId).orElseThrow().status());
    JsonNode voided = awaitInXero(business, sale.saleNumber(), "VOIDED");
    assertEquals(List.of("send-again", "leave"), texts(voided.path("choices")));

    String entry = "sync/" + voided.path("id").asText();
    business.expect(200, api.post(business.path(entry + "/send-again"), ""));
    JsonNode again =
        Eventually.await(
            "sale sent again as a new invoice",
            Duration.ofSeconds(30),
            () -> business.syncEntry(sale.saleNumber()),
            e ->
                "SENT".equals(e.path("status").asText())
                    && !voidedId.equals(e.path("xeroId").asText()));
    assertEquals(1, again.path("sentAgain").asInt());
    assertTrue(again.path("inXero").isNull(), "the new invoice is as sent: " + again);
    JsonNode twice =
        business.expect(400, api.post(business.path(entry + "/send-again"), "")).json();
    assertEquals("entryId", twice.path("errors").path(0).path("field").asText(), twice.toString());

    Eventually.sleep(2_000);
    List<JsonNode> invoices = business.xero.invoices();
    assertEquals(2, invoices.size(), "the voided one and exactly one new: " + invoices);
    JsonNode old = byId(invoices, voidedId);
    JsonNode fresh = byId(invoices, again.path("xeroId").asText());
    assertEquals("VOIDED", old.path("Status").asText());
    assertEquals("AUTHORISED", fresh.path("Status").asText());
    assertEquals(sale.saleNumber() + "/2", fresh.path("Reference").asText());
    assertNotEquals(old.path("Reference").asText(), fresh.path("Reference").asText());
  }

  @Test
  void aPaymentForAnInvoiceAlreadyPaidInXeroIsSkippedWithThatReason() {
    TestBusiness business = TestBusiness.connected(api);
    business.expect(
        200,
        api.put(
            business.path("payments"),
            "{\"providers\": {\"CARD\": {\"recordPayments\": true, \"accountCode\": \"094\"}}}"));
    SaleCompleted sale = business.cafeSale();
    business.sell(sale);
    String invoiceId = business.awaitSyncStatus(sale.saleNumber(), "SENT").path("xeroId").asText();

    assertEquals(200, business.xero.payInvoice(invoiceId, "8.40", "094").orElseThrow().status());
    JsonNode paid = awaitInXero(business, sale.saleNumber(), "PAID");
    assertEquals(0, new BigDecimal("8.40").compareTo(paid.path("inXeroAmount").decimalValue()));

    business.expect(
        200,
        api.fire(
            "demo/payments",
            new PaymentReceived(
                business.id,
                "pay-1",
                sale.saleId(),
                PaymentProvider.CARD,
                new BigDecimal("8.40"),
                "GBP",
                "card-1",
                null,
                Instant.parse("2026-11-25T16:00:00Z"))));
    JsonNode skipped = business.awaitSyncStatus("card-1", "SKIPPED");
    assertTrue(
        skipped.path("lastError").asText().contains("already paid in Xero"),
        skipped.path("lastError").asText());
    assertEquals(1, business.xero.payments().size(), "only the accountant's payment");
  }

  @Test
  void aReplayedEventChangesNothing() {
    TestBusiness business = TestBusiness.connected(api);
    SaleCompleted sale = business.cafeSale();
    business.sell(sale);
    String invoiceId = business.awaitSyncStatus(sale.saleNumber(), "SENT").path("xeroId").asText();
    WebhookSubscription.Delivery voided = business.xero.voidInvoice(invoiceId).orElseThrow();
    JsonNode before = awaitInXero(business, sale.saleNumber(), "VOIDED");
    awaitNothingWaiting();
    JsonNode statusBefore = webhookStatus();
    long readsBefore = invoiceReads(business);

    assertEquals(200, xeroWebhook.replay(voided).status());
    assertEquals(200, xeroWebhook.replay(voided).status());
    Eventually.sleep(2_000);

    assertEquals(before, business.syncEntry(sale.saleNumber()), "the entry is as it was");
    assertEquals(readsBefore, invoiceReads(business), "nothing read again from Xero");
    JsonNode statusAfter = webhookStatus();
    for (String count : List.of("processed", "waiting", "ignored")) {
      assertEquals(statusBefore.path(count), statusAfter.path(count), count);
    }
  }

  @Test
  void aBurstOfAThousandEventsIsAnsweredInTimeAndProcessedOnce() throws Exception {
    TestBusiness business = TestBusiness.connected(api);
    List<SaleCompleted> sales = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      sales.add(business.cafeSale());
      business.sell(sales.get(i));
    }
    List<JsonNode> invoices = business.awaitInvoices(50);
    Eventually.await(
        "50 sales SENT",
        Duration.ofSeconds(60),
        () -> business.expect(200, api.get(business.path("sync?status=SENT"))).json().size(),
        n -> n == 50);
    List<String> ids = invoices.stream().map(i -> i.path("InvoiceID").asText()).toList();
    ids.forEach(id -> business.xero.payInvoice(id, "8.40", "094"));
    for (SaleCompleted sale : sales) {
      awaitInXero(business, sale.saleNumber(), "PAID");
    }
    awaitNothingWaiting();
    JsonNode before = webhookStatus();
    long readsBefore = invoiceReads(business);

    // 20 later changes of each of the 50 invoices, one event a delivery, from 10 senders at once.
    Instant start = Instant.now();
    List<WebhookEvent> burst = new ArrayList<>();
    for (int n = 0; n < 20; n++) {
      for (String id : ids) {
        burst.add(business.xero.invoiceEvent(id, start.plusMillis(n * 50L + 1)));
      }
    }
    ExecutorService senders = Executors.newFixedThreadPool(10);
    List<Future<WebhookSubscription.Delivery>> answers = new ArrayList<>();
    try {
      for (WebhookEvent event : burst) {
        answers.add(senders.submit(() -> xeroWebhook.deliver(List.of(event))));
      }
      List<Duration> times = new ArrayList<>();
      for (Future<WebhookSubscription.Delivery> answer : answers) {
        WebhookSubscription.Delivery delivery = answer.get();
        assertEquals(200, delivery.status());
        times.add(delivery.answeredIn());
      }
      times.sort(Comparator.naturalOrder());
      Duration p99 = times.get((int) Math.ceil(times.size() * 0.99) - 1);
      Duration slowest = times.get(times.size() - 1);
      System.out.printf(
          "Webhook burst: %d deliveries, p50 %d ms, p99 %d ms, slowest %d ms%n",
          times.size(), times.get(times.size() / 2).toMillis(), p99.toMillis(), slowest.toMillis());
      assertTrue(slowest.compareTo(XERO_WAITS) <= 0, "each answered within 5 s: " + slowest);
    } finally {
      senders.shutdownNow();
    }

    JsonNode after = awaitNothingWaiting();
    assertEquals(
        before.path("processed").asLong() + 1000,
        after.path("processed").asLong(),
        "each of the 1,000 events processed exactly once");
    assertEquals(before.path("ignored").asLong(), after.path("ignored").asLong());
    long reads = invoiceReads(business) - readsBefore;
    System.out.printf("Webhook burst: 1000 events read with %d call(s) to Xero%n", reads);
    assertTrue(reads >= 1 && reads <= 50, "read in batches within the budget: " + reads);
    assertTrue(
        business.xero.requests().stream().noneMatch(r -> r.status() == 429),
        "never over Xero's limits");
    assertEquals(50, business.xero.payments().size(), "the accountant's payments only");
  }

  @Test
  void aDeliveryBatchingAThousandEventsIsTakenWholeThoughOverTheSettingsApisBodyCap() {
    TestBusiness business = TestBusiness.connected(api);
    SaleCompleted sale = business.cafeSale();
    business.sell(sale);
    String id = business.awaitInvoices(1).get(0).path("InvoiceID").asText();
    business.awaitSyncStatus(sale.saleNumber(), "SENT");
    awaitNothingWaiting();
    JsonNode before = webhookStatus();
    Instant start = Instant.now();
    List<WebhookEvent> events = new ArrayList<>();
    for (int n = 0; n < 1000; n++) {
      events.add(business.xero.invoiceEvent(id, start.plusMillis(n + 1)));
    }

    WebhookSubscription.Delivery delivery = xeroWebhook.deliver(events);

    System.out.printf("One delivery of 1000 events: %d bytes%n", delivery.payload().length);
    assertTrue(delivery.payload().length > 128 * 1024, "over the settings API's cap");
    assertEquals(200, delivery.status());
    JsonNode after = awaitNothingWaiting();
    assertEquals(before.path("processed").asLong() + 1000, after.path("processed").asLong());
  }

  @Test
  void withoutWebhooksASlowPollFindsTheInvoiceVoidedInXero() {
    TestBusiness business = TestBusiness.connected(api);
    business.xero.withoutWebhooks();
    JsonNode unsaid = business.expect(400, api.put(business.path("change-poll"), "{}")).json();
    assertEquals(
        "enabled", unsaid.path("errors").path(0).path("field").asText(), unsaid.toString());
    JsonNode poll =
        business.expect(200, api.put(business.path("change-poll"), "{\"enabled\": true}")).json();
    assertTrue(poll.path("enabled").asBoolean(), poll.toString());
    SaleCompleted sale = business.cafeSale();
    business.sell(sale);
    String invoiceId = business.awaitSyncStatus(sale.saleNumber(), "SENT").path("xeroId").asText();

    assertTrue(business.xero.voidInvoice(invoiceId).isEmpty(), "this app has no webhook");
    JsonNode voided = awaitInXero(business, sale.saleNumber(), "VOIDED");
    assertEquals(List.of("send-again", "leave"), texts(voided.path("choices")));
    assertTrue(
        business.xero.requests().stream()
            .anyMatch(
                r ->
                    "GET".equals(r.method())
                        && r.path().endsWith("/Invoices")
                        && (r.query() == null || !r.query().contains("IDs="))),
        "found by the poll of changed invoices");
  }

  private JsonNode awaitInXero(TestBusiness business, String number, String change) {
    return Eventually.await(
        number + " " + change + " in Xero on the sync log of " + business.id,
        Duration.ofSeconds(30),
        () -> business.syncEntry(number),
        e -> e != null && change.equals(e.path("inXero").asText()));
  }

  private JsonNode webhookStatus() {
    ModuleApi.Answer answer = api.get("xero/webhook-status");
    assertEquals(200, answer.status(), answer.body());
    return answer.json();
  }

  private JsonNode awaitNothingWaiting() {
    return Eventually.await(
        "every webhook event processed",
        Duration.ofSeconds(60),
        this::webhookStatus,
        s -> s.path("waiting").asLong() == 0);
  }

  /** The calls that read invoices by id, as webhook processing does. */
  private static long invoiceReads(TestBusiness business) {
    return business.xero.requests().stream()
        .filter(r -> "GET".equals(r.method()) && r.path().endsWith("/Invoices"))
        .filter(r -> r.query() != null && r.query().contains("IDs="))
        .count();
  }

  private static JsonNode byId(List<JsonNode> invoices, String id) {
    return invoices.stream()
        .filter(i -> id.equals(i.path("InvoiceID").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no invoice " + id + " in " + invoices));
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }
}
