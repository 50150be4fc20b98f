package com.quoox.xero.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.quoox.xero.events.PaymentProvider;
import com.quoox.xero.it.support.DeployedModule;
import com.quoox.xero.it.support.Eventually;
import com.quoox.xero.it.support.TestBusiness;
import com.quoox.xero.sandbox.http.LoggedRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A busy venue's card payments reach Xero many to a {@code PUT /Payments} call, as its invoices do,
 * so payments no longer spend half of the organisation's 60 calls a minute: one payment Xero
 * refuses is parked with Xero's words while the others in its call are SENT, and a call whose
 * answer is lost (Xero replaying no key) leaves no payment made twice.
 */
class PaymentBatchingIT extends DeployedModule {

  private static final int SALES = 100;

  /** Card takings into account 094, which takes payments. */
  private static final String CARD_RECORDED =
      """
      {"providers": {"CARD": {"recordPayments": true, "accountCode": "094"}}}
      """;

  @Test
  void aBurstOfPaidSalesGoesInAHandfulOfPaymentCallsAndARefusedPaymentIsParkedAlone() {
    TestBusiness business = paused(TestBusiness.connected(api));
    for (int n = 1; n <= SALES; n++) {
      // The terminal charged the 42nd customer twice: Xero takes no payment beyond what is due.
      business.sell(
          n == 42
              ? TestBusiness.paid(
                  business.cafeSale(),
                  TestBusiness.payment(PaymentProvider.CARD, "8.40", "card-" + n),
                  TestBusiness.payment(PaymentProvider.CARD, "8.40", "card-" + n + "-again"))
              : TestBusiness.paid(
                  business.cafeSale(),
                  TestBusiness.payment(PaymentProvider.CARD, "8.40", "card-" + n)));
    }
    business.expect(200, api.post(business.path("dispatch/resume"), ""));

    List<JsonNode> payments =
        Eventually.await(
            SALES + " payments in Xero",
            Duration.ofSeconds(90),
            business.xero::payments,
            l -> l.size() >= SALES);
    JsonNode parked =
        Eventually.await(
            "the second charge parked",
            Duration.ofSeconds(30),
            () ->
                business.expect(200, api.get(business.path("sync?status=NEEDS_ATTENTION"))).json(),
            list -> list.size() == 1);
    Eventually.sleep(2_000); // anything sent twice would arrive now

    assertEveryInvoicePaidOnce(business, SALES);
    assertEquals(SALES, business.xero.payments().size(), "one payment a sale");
    String number = parked.get(0).path("number").asText();
    assertTrue(number.equals("card-42") || number.equals("card-42-again"), parked.toString());
    String reason = parked.get(0).path("lastError").asText();
    assertTrue(
        reason.contains("Payments can only be made against AUTHORISED documents")
            || reason.contains("Payment amount exceeds the amount outstanding"),
        "Xero's own words: " + reason);

    List<LoggedRequest> paymentCalls = creates(business, "/Payments");
    System.out.printf(
        "Payment batching: %d paid sales, %d PUT /Payments calls, %d PUT /Invoices calls%n",
        SALES, paymentCalls.size(), creates(business, "/Invoices").size());
    assertTrue(
        paymentCalls.size() <= 5,
        (SALES + 1) + " payments in batches of at most 50: " + paymentCalls.size() + " calls");
    for (LoggedRequest call : paymentCalls) {
      assertEquals(200, call.status());
      // A batch of one (what is left of a turn) goes alone, as ever.
      if (call.idempotencyKey().startsWith("batch-")) {
        assertTrue(call.query().contains("summarizeErrors=false"), call.query());
      }
    }
    assertTrue(
        paymentCalls.stream().anyMatch(c -> c.idempotencyKey().startsWith("batch-")),
        "payments went in batches");
  }

  @Test
  void aLiveBurstOfPaidSalesSharesItsPaymentCalls() {
    TestBusiness business = TestBusiness.connected(api);
    business.expect(200, api.put(business.path("payments"), CARD_RECORDED));
    // Sold as fast as the till can, not paused: the busy business's sales wait about a second to
    // share a call, so its payments go many to a call too.
    for (int n = 1; n <= SALES; n++) {
      business.sell(
          TestBusiness.paid(
              business.cafeSale(),
              TestBusiness.payment(PaymentProvider.CARD, "8.40", "live-" + n)));
    }

    Eventually.await(
        SALES + " payments in Xero",
        Duration.ofSeconds(90),
        business.xero::payments,
        l -> l.size() >= SALES);
    Eventually.sleep(2_000); // anything sent twice would arrive now

    assertEveryInvoicePaidOnce(business, SALES);
    assertEquals(SALES, business.xero.payments().size(), "one payment a sale");
    List<LoggedRequest> paymentCalls = creates(business, "/Payments");
    System.out.printf(
        "Payment batching, live: %d paid sales, %d PUT /Payments calls, %d PUT /Invoices calls%n",
        SALES, paymentCalls.size(), creates(business, "/Invoices").size());
    // 3 calls when measured; the bound leaves room for a slow machine selling over more seconds.
    assertTrue(
        paymentCalls.size() <= 10,
        SALES + " live payments sharing calls: " + paymentCalls.size() + " calls");
  }

  @Test
  void aPaymentCallWhoseAnswerIsLostLeavesNoPaymentMadeTwice() {
    int sales = 20;
    TestBusiness business = paused(TestBusiness.connected(api));
    for (int n = 1; n <= sales; n++) {
      business.sell(
          TestBusiness.paid(
              business.cafeSale(), TestBusiness.payment(PaymentProvider.CARD, "8.40", "pos-" + n)));
    }
    // The invoice batch's answer and then the payment batch's are lost; no key is replayed.
    business.xero.neverReplayKeys().dropAnswerNext(2);
    business.expect(200, api.post(business.path("dispatch/resume"), ""));

    Eventually.await(
        sales + " payments in Xero",
        Duration.ofSeconds(90),
        business.xero::payments,
        l -> l.size() >= sales);
    for (int n = 1; n <= sales; n++) {
      business.awaitSyncStatus("pos-" + n, "SENT");
    }
    Eventually.sleep(2_000); // anything sent twice would arrive now

    assertEveryInvoicePaidOnce(business, sales);
    assertEquals(sales, business.xero.payments().size(), "one payment a sale");
    List<LoggedRequest> paymentCalls = creates(business, "/Payments");
    assertTrue(
        paymentCalls.stream().anyMatch(c -> c.status() == 0), "a payment call lost its answer");
    assertTrue(
        business.xero.requests().stream()
            .anyMatch(
                r ->
                    r.method().equals("GET")
                        && r.path().endsWith("/Payments")
                        && r.query() != null),
        "the unsure payments were looked up");
  }

  private TestBusiness paused(TestBusiness business) {
    business.expect(200, api.put(business.path("payments"), CARD_RECORDED));
    business.expect(200, api.post(business.path("dispatch/pause"), "{\"reason\":\"burst\"}"));
    return business;
  }

  private static List<LoggedRequest> creates(TestBusiness business, String path) {
    return business.xero.requests().stream()
        .filter(r -> r.path().endsWith(path) && !r.method().equals("GET"))
        .toList();
  }

  private static void assertEveryInvoicePaidOnce(TestBusiness business, int sales) {
    List<JsonNode> invoices = business.xero.invoices();
    assertEquals(sales, invoices.size(), "one invoice a sale");
    Set<String> references =
        invoices.stream().map(i -> i.path("Reference").asText()).collect(Collectors.toSet());
    assertEquals(sales, references.size(), "each sale once");
    for (JsonNode invoice : invoices) {
      assertEquals("PAID", invoice.path("Status").asText(), invoice.toString());
      assertEquals(
          0,
          new BigDecimal("8.40").compareTo(invoice.path("AmountPaid").decimalValue()),
          "paid once: " + invoice);
    }
  }
}
