package com.quoox.xero.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.quoox.xero.events.PaymentProvider;
import com.quoox.xero.events.RefundIssued;
import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.it.support.DeployedModule;
import com.quoox.xero.it.support.Eventually;
import com.quoox.xero.it.support.TestBusiness;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the real Xero refuses, and how each refusal lands: a scope the connection lacks parks only
 * the entries that need it (no refresh loop); an organisation disconnected at Xero makes the
 * connection wait for the owner, not the entries fail one by one; a locked period parks its
 * documents with Xero's words; the concurrent limit waits seconds; a refund whose invoice is
 * already settled is in Xero, unallocated, and says so.
 */
class XeroRefusalsIT extends DeployedModule {

  private static final String CARD_RECORDED =
      """
      {"providers": {"CARD": {"recordPayments": true, "accountCode": "094"}}}
      """;

  @Test
  void aMissingScopeParksOnlyWhatNeedsItAndIsShownOnTheConnection() {
    TestBusiness business = TestBusiness.connected(api);
    business.expect(200, api.put(business.path("payments"), CARD_RECORDED));
    business.xero.revokeScope("accounting.payments", "accounting.transactions");
    long tokensBefore = business.xero.requests().size();
    SaleCompleted sale =
        TestBusiness.paid(
            business.cafeSale(), TestBusiness.payment(PaymentProvider.CARD, "8.40", "card-s"));
    business.sell(sale);

    business.awaitSyncStatus(sale.saleNumber(), "SENT");
    JsonNode payment = business.awaitSyncStatus("card-s", "NEEDS_ATTENTION");
    assertEquals(
        "Xero refused: the connection lacks accounting.payments; reconnect and allow it",
        payment.path("lastError").asText());
    JsonNode connection = business.expect(200, api.get(business.path("connection"))).json();
    assertEquals("CONNECTED", connection.path("status").asText());
    assertEquals("accounting.payments", connection.path("missingScopes").get(0).asText());
    Eventually.sleep(2_000);
    long paymentCalls =
        business.xero.requests().stream()
            .skip(tokensBefore)
            .filter(r -> r.path().endsWith("/Payments"))
            .count();
    assertEquals(2, paymentCalls, "refused once, renewed, refused again: then parked, no loop");
  }

  @Test
  void anOrganisationDisconnectedAtXeroMakesTheConnectionWaitAndItsSalesFollowTheReconnection() {
    TestBusiness business = TestBusiness.connected(api);
    business.xero.disconnectAtXero();
    SaleCompleted sale = business.cafeSale();
    business.sell(sale);

    JsonNode waiting = business.awaitSyncStatus(sale.saleNumber(), "RETRY_WAIT");
    assertTrue(waiting.path("lastError").asText().contains("(403)"), waiting.toString());
    JsonNode connection = business.expect(200, api.get(business.path("connection"))).json();
    assertEquals("NEEDS_RECONNECT", connection.path("status").asText());

    business.xero.reconnectAtXero();
    business.expect(
        200,
        api.put(business.path("connection"), business.customConnection(business.id + "-secret")));
    business.awaitSyncStatus(sale.saleNumber(), "SENT");
    assertEquals(1, business.xero.invoices().size());
  }

  @Test
  void aSaleInALockedPeriodIsParkedWithXerosWordsAndTheOthersGo() {
    TestBusiness business = TestBusiness.connected(api);
    SaleCompleted locked = business.cafeSale(); // 25 November
    business.xero.lockDates(LocalDate.parse("2026-11-25"), null);
    SaleCompleted open =
        TestBusiness.completedAt(
            business.cafeSale(), java.time.Instant.parse("2026-11-26T10:00:00Z"));
    business.sell(locked);
    business.sell(open);

    JsonNode parked = business.awaitSyncStatus(locked.saleNumber(), "NEEDS_ATTENTION");
    assertTrue(
        parked.path("lastError").asText().contains("cannot be before the period lock date"),
        parked.toString());
    business.awaitSyncStatus(open.saleNumber(), "SENT");
    assertEquals(1, business.xero.invoices().size());
  }

  @Test
  void aBusinessThatChoseSoHasLockedDaysDatedOnTheFirstOpenDayWithTheirOwnDayNamed() {
    TestBusiness business = TestBusiness.connected(api);
    business.expect(
        200,
        api.put(
            business.path("mappings"),
            TestBusiness.MAPPINGS.replace(
                "\"invoiceStatus\"", "\"lockedPeriod\": \"FIRST_OPEN_DAY\", \"invoiceStatus\"")));
    SaleCompleted sale = business.cafeSale(); // 25 November
    business.sell(sale);
    business.awaitSyncStatus(sale.saleNumber(), "SENT");
    business.xero.lockDates(LocalDate.parse("2026-11-25"), null);

    // A late refund of a locked day, and a back-filled sale of the day before.
    RefundIssued late =
        new RefundIssued(
            business.id,
            java.util.UUID.randomUUID().toString(),
            "R-late",
            sale.saleId(),
            java.time.Instant.parse("2026-11-25T15:00:00Z"),
            "GBP",
            true,
            List.of(TestBusiness.flatWhite()),
            new java.math.BigDecimal("3.20"),
            "Late");
    business.expect(200, api.fire("demo/refunds", late));
    SaleCompleted backFilled =
        TestBusiness.completedAt(
            business.cafeSale(), java.time.Instant.parse("2026-11-24T12:00:00Z"));
    business.expect(200, api.fire("demo/past-sales", backFilled));
    business.expect(
        200,
        api.post(business.path("sync/resend"), "{\"from\":\"2026-11-24\",\"to\":\"2026-11-24\"}"));

    business.awaitSyncStatus("R-late", "SENT");
    business.awaitSyncStatus(backFilled.saleNumber(), "SENT");
    JsonNode creditNote = business.xero.creditNotes().get(0);
    assertEquals("2026-11-26", creditNote.path("DateString").asText().substring(0, 10));
    assertTrue(
        creditNote
            .path("LineItems")
            .get(0)
            .path("Description")
            .asText()
            .endsWith("(refunded 2026-11-25; dated 2026-11-26, the first day open in Xero)"),
        creditNote.toString());
    assertEquals(1, business.xero.allocations().size(), "allocated on the open day too");
    JsonNode invoice =
        business.xero.invoices().stream()
            .filter(i -> i.path("Reference").asText().equals(backFilled.saleNumber()))
            .findFirst()
            .orElseThrow();
    assertEquals("2026-11-26", invoice.path("DateString").asText().substring(0, 10));
  }

  @Test
  void aTaxExclusiveSaleWhoseRateXeroWouldNotChargeIsParkedNotCreated() {
    TestBusiness business = TestBusiness.connected(api);
    // Bakery coded to a 20 % tax type although the tills charge 0 % on it.
    business.expect(
        200,
        api.put(
            business.path("mappings"),
            TestBusiness.MAPPINGS.replace("\"ZERORATEDOUTPUT\"", "\"OUTPUT2\"")));
    // Prices without tax: 2 × 3.20 + 20 % = 7.68, and a croissant at 2.00 with no tax: 9.68.
    SaleCompleted sale = TestBusiness.taxExclusive(business.cafeSale(), "9.68");
    business.sell(sale);

    JsonNode parked = business.awaitSyncStatus(sale.saleNumber(), "NEEDS_ATTENTION");
    assertTrue(
        parked.path("lastError").asText().contains("the till charged 0 % tax but OUTPUT2 is 20 %"),
        parked.toString());
    assertEquals(0, business.xero.invoices().size(), "never created with another total");

    business.expect(200, api.put(business.path("mappings"), TestBusiness.MAPPINGS));
    business.expect(
        200, api.post(business.path("sync/" + parked.path("id").asText() + "/retry"), ""));
    business.awaitSyncStatus(sale.saleNumber(), "SENT");
    assertEquals(
        0,
        new java.math.BigDecimal("9.68")
            .compareTo(business.xero.invoices().get(0).path("Total").decimalValue()));
  }

  @Test
  void theConcurrentLimitWaitsSecondsNotAMinute() {
    TestBusiness business = TestBusiness.connected(api);
    business.xero.rateLimitNext(1, 0, "concurrent");
    SaleCompleted sale = business.cafeSale();
    business.sell(sale);

    Eventually.await(
        sale.saleNumber() + " sent within seconds of a concurrent-limit 429",
        Duration.ofSeconds(15),
        () -> business.syncEntry(sale.saleNumber()),
        e -> e != null && "SENT".equals(e.path("status").asText()));
    assertEquals(1, business.xero.invoices().size());
  }

  @Test
  void aRefundWhoseInvoiceIsAlreadyPaidOffIsInXeroUnallocatedAndSaysSo() {
    TestBusiness business = TestBusiness.connected(api);
    SaleCompleted sale = business.cafeSale();
    business.sell(sale);
    RefundIssued whole = business.refundOf(sale, "R-all", sale.lines(), "8.40");
    business.expect(200, api.fire("demo/refunds", whole));
    business.awaitSyncStatus("R-all", "SENT");
    // The till refunds the flat white again: the invoice is settled by the first refund already.
    RefundIssued again =
        business.refundOf(sale, "R-again", List.of(TestBusiness.flatWhite()), "3.20");
    business.expect(200, api.fire("demo/refunds", again));

    JsonNode sent = business.awaitSyncStatus("R-again", "SENT");
    assertTrue(sent.path("lastError").asText().contains("already been paid off"), sent.toString());
    assertEquals(2, business.xero.creditNotes().size());
    assertEquals(1, business.xero.allocations().size());
  }

  @Test
  void anAnswerLackingTheContactsIdStillRecordsTheInvoiceSentAndItsRefundStillGoes() {
    TestBusiness business = TestBusiness.connected(api);
    business.xero.answerWithoutContactIdsNext(1);
    SaleCompleted sale = business.cafeSale();
    business.sell(sale);

    JsonNode sent = business.awaitSyncStatus(sale.saleNumber(), "SENT");
    assertEquals(1, business.xero.invoices().size(), "created once, never sent again");
    assertTrue(sent.path("xeroNumber").asText().startsWith("INV-"), sent.toString());

    // The credit note needs the invoice's contact: read from Xero, since the answer named none.
    RefundIssued refund =
        business.refundOf(sale, "R-contact", List.of(TestBusiness.flatWhite()), "3.20");
    business.expect(200, api.fire("demo/refunds", refund));
    business.awaitSyncStatus("R-contact", "SENT");
    assertEquals(
        business.xero.invoices().get(0).path("Contact").path("ContactID").asText(),
        business.xero.creditNotes().get(0).path("Contact").path("ContactID").asText());
  }
}
