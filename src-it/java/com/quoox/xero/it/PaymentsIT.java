package com.quoox.xero.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.quoox.xero.events.PaymentProvider;
import com.quoox.xero.events.PaymentReceived;
import com.quoox.xero.events.PayoutPaid;
import com.quoox.xero.events.RefundIssued;
import com.quoox.xero.events.RefundPaid;
import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.it.support.DeployedModule;
import com.quoox.xero.it.support.Eventually;
import com.quoox.xero.it.support.ModuleApi;
import com.quoox.xero.it.support.TestBusiness;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A realistic day of a café taking card, Stripe and GoCardless money reaches Xero so that it
 * reconciles without manual work: every invoice paid into its provider's clearing account, the
 * refund paid back out of it, the fees spent, each payout transferred to the bank, and the clearing
 * accounts back at exactly zero.
 */
class PaymentsIT extends DeployedModule {

  /** Stripe (092) and GoCardless (093) pay out to the bank (091); card takings sit in 094. */
  private static final String PAYMENT_SETTINGS =
      """
      {"providers": {
        "STRIPE": {"recordPayments": true, "accountCode": "092", "feeAccountCode": "404",
                   "feeTaxType": "NONE", "payoutAccountCode": "091"},
        "GOCARDLESS": {"recordPayments": true, "accountCode": "093", "feeAccountCode": "404",
                       "feeTaxType": "NONE", "payoutAccountCode": "091"},
        "CARD": {"recordPayments": true, "accountCode": "094"}}}
      """;

  @Test
  void aDayOfCardStripeAndGoCardlessMoneyReconcilesToTheCent() {
    TestBusiness business = TestBusiness.connected(api);
    business.expect(200, api.put(business.path("payments"), PAYMENT_SETTINGS));

    SaleCompleted card =
        TestBusiness.paid(
            business.cafeSale(), TestBusiness.payment(PaymentProvider.CARD, "8.40", "card-1"));
    SaleCompleted stripe =
        TestBusiness.paid(
            business.cafeSale(), TestBusiness.payment(PaymentProvider.STRIPE, "8.40", "ch_2"));
    SaleCompleted refunded =
        TestBusiness.paid(
            business.cafeSale(), TestBusiness.payment(PaymentProvider.STRIPE, "8.40", "ch_3"));
    SaleCompleted payLater = business.cafeSale();
    SaleCompleted split =
        TestBusiness.paid(
            business.cafeSale(),
            TestBusiness.payment(PaymentProvider.STRIPE, "5.00", "ch_5"),
            TestBusiness.payment(PaymentProvider.CARD, "3.40", "card-5"));
    for (SaleCompleted sale : List.of(card, stripe, refunded, payLater, split)) {
      business.sell(sale);
    }
    // The direct debit of the pay-later sale clears a few days later.
    business.expect(
        200,
        api.fire(
            "demo/payments",
            new PaymentReceived(
                business.id,
                "pay-4",
                payLater.saleId(),
                PaymentProvider.GOCARDLESS,
                new BigDecimal("8.40"),
                "GBP",
                "PM_4",
                new BigDecimal("0.20"),
                Instant.parse("2026-11-25T16:00:00Z"))));
    // One flat white of the third sale is refunded to the card Stripe charged.
    RefundIssued refund =
        business.refundOf(refunded, "R-1", List.of(TestBusiness.flatWhite()), "3.20");
    business.expect(200, api.fire("demo/refunds", refund));
    RefundPaid refundPaid =
        new RefundPaid(
            business.id,
            "refund-pay-1",
            refund.refundId(),
            PaymentProvider.STRIPE,
            new BigDecimal("3.20"),
            "GBP",
            "re_1",
            Instant.parse("2026-11-26T09:05:00Z"));
    business.expect(200, api.fire("demo/refund-payments", refundPaid));
    // Stripe settles its three charges less the refund: 8.40 + 8.40 + 5.00 - 3.20 = 18.60.
    PayoutPaid stripePayout =
        business.payout("po_1", PaymentProvider.STRIPE, "18.60", "0.93", "17.67", "ch_2", "ch_3");
    PayoutPaid goCardlessPayout =
        business.payout("PO-GC-1", PaymentProvider.GOCARDLESS, "8.40", "0.20", "8.20", "PM_4");
    business.expect(200, api.fire("demo/payouts", stripePayout));
    business.expect(200, api.fire("demo/payouts", goCardlessPayout));

    for (String number : List.of("card-1", "ch_2", "ch_3", "PM_4", "ch_5", "card-5", "re_1")) {
      business.awaitSyncStatus(number, "SENT");
    }
    business.awaitSyncStatus("po_1", "SENT");
    business.awaitSyncStatus("PO-GC-1", "SENT");

    List<JsonNode> invoices = business.xero.invoices();
    assertEquals(5, invoices.size());
    for (JsonNode invoice : invoices) {
      assertEquals("PAID", invoice.path("Status").asText(), "invoice " + invoice);
      assertMoney("0.00", invoice.path("AmountDue"));
      assertMoney("8.40", invoice.path("AmountPaid"));
    }
    JsonNode creditNote = business.xero.creditNotes().get(0);
    assertEquals("PAID", creditNote.path("Status").asText(), "refunded: " + creditNote);
    assertMoney("0.00", creditNote.path("RemainingCredit"));
    assertTrue(business.xero.allocations().isEmpty(), "paid back in money, not allocated");
    assertEquals(7, business.xero.payments().size(), "5 at the till, 1 later, 1 refund");

    List<JsonNode> fees = business.xero.bankTransactions();
    assertEquals(2, fees.size());
    assertEquals(
        List.of("0.20", "0.93"),
        fees.stream().map(t -> money(t.path("Total"))).sorted().toList(),
        "each payout's fees spent once");
    for (JsonNode spend : fees) {
      assertEquals("SPEND", spend.path("Type").asText());
      assertEquals("404", spend.path("LineItems").get(0).path("AccountCode").asText());
    }
    List<JsonNode> transfers = business.xero.bankTransfers();
    assertEquals(
        List.of("17.67", "8.20"),
        transfers.stream().map(t -> money(t.path("Amount"))).sorted().toList(),
        "each transfer is its payout's net");

    assertMoney("0.00", business.xero.balance("092"));
    assertMoney("0.00", business.xero.balance("093"));
    assertMoney("11.80", business.xero.balance("094"));
    assertMoney("25.87", business.xero.balance("091"));

    JsonNode reconciliation = business.expect(200, api.get(business.path("reconciliation"))).json();
    assertTrue(reconciliation.path("xeroBalancesError").isNull(), reconciliation.toString());
    assertTrue(reconciliation.path("payoutsNotTransferred").isEmpty(), reconciliation.toString());
    for (JsonNode account : reconciliation.path("accounts")) {
      assertMoney("0.00", account.path("difference"));
      assertMoney(money(account.path("inXero")), account.path("expected"));
    }
    assertEquals(3, reconciliation.path("accounts").size(), reconciliation.toString());

    // The monolith fires the same payment, refund payment and payout again: nothing moves twice.
    int requestsBefore = business.xero.requests().size();
    business.expect(200, api.fire("demo/refund-payments", refundPaid));
    business.expect(200, api.fire("demo/payouts", stripePayout));
    business.expect(200, api.fire("demo/sales", split));
    Eventually.sleep(2_000);
    assertEquals(7, business.xero.payments().size());
    assertEquals(2, business.xero.bankTransactions().size());
    assertEquals(2, business.xero.bankTransfers().size());
    assertEquals(requestsBefore, business.xero.requests().size(), "not even a request");
  }

  /** Xero's bank accounts need not have a code: such an account is named by its AccountID. */
  @Test
  void aBankAccountWithoutACodeTakesPaymentsAndPayoutsByItsAccountId() {
    TestBusiness business = TestBusiness.unconnected(api);
    String stripe = business.xero.addBankAccountWithoutCode("Stripe (no code)");
    business = TestBusiness.connectedTo(api, business.id, business.xero);
    business.expect(
        200,
        api.put(
            business.path("payments"),
            "{\"providers\": {\"STRIPE\": {\"recordPayments\": true, \"accountCode\": \""
                + stripe
                + "\", \"feeAccountCode\": \"404\", \"feeTaxType\": \"NONE\","
                + " \"payoutAccountCode\": \"091\"}}}"));
    SaleCompleted sale =
        TestBusiness.paid(
            business.cafeSale(), TestBusiness.payment(PaymentProvider.STRIPE, "8.40", "ch_nc"));
    business.sell(sale);
    business.expect(
        200,
        api.fire(
            "demo/payouts",
            business.payout("po_nc", PaymentProvider.STRIPE, "8.40", "0.30", "8.10", "ch_nc")));

    business.awaitSyncStatus("ch_nc", "SENT");
    business.awaitSyncStatus("po_nc", "SENT");
    assertEquals("PAID", business.xero.invoices().get(0).path("Status").asText());
    assertMoney("0.00", business.xero.balance(stripe));
    assertEquals(1, business.xero.bankTransfers().size());
  }

  @Test
  void paymentsSwitchedOffAreKeptNotRecordedAndTheRefundIsAllocatedInstead() {
    TestBusiness business = TestBusiness.connected(api);
    SaleCompleted sale =
        TestBusiness.paid(
            business.cafeSale(), TestBusiness.payment(PaymentProvider.STRIPE, "8.40", "ch_off"));
    business.sell(sale);
    RefundIssued refund = business.refundOf(sale, "R-off", List.of(), "2.00");
    business.expect(200, api.fire("demo/refunds", refund));

    JsonNode skipped = business.awaitSyncStatus("ch_off", "SKIPPED");
    assertTrue(skipped.path("lastError").asText().contains("switched off"), skipped.toString());
    business.awaitSyncStatus("R-off", "SENT");
    assertTrue(business.xero.payments().isEmpty());
    assertEquals(1, business.xero.allocations().size(), "settled against what is owed");
  }

  @Test
  void aPaymentXeroRefusesIsParkedWithXerosMessageAndTheOthersGoOn() {
    // Saved before connecting, so unchecked: 200 (Sales) cannot take payments in Xero.
    TestBusiness business = TestBusiness.unconnected(api);
    business.expect(
        200,
        api.put(
            business.path("payments"),
            "{\"providers\": {\"OTHER\": {\"recordPayments\": true, \"accountCode\": \"200\"},"
                + " \"CARD\": {\"recordPayments\": true, \"accountCode\": \"094\"}}}"));
    business = TestBusiness.connectedTo(api, business.id, business.xero);
    SaleCompleted voucher =
        TestBusiness.paid(
            business.cafeSale(), TestBusiness.payment(PaymentProvider.OTHER, "8.40", "voucher-1"));
    SaleCompleted card =
        TestBusiness.paid(
            business.cafeSale(), TestBusiness.payment(PaymentProvider.CARD, "8.40", "card-9"));
    business.sell(voucher);
    business.sell(card);

    JsonNode parked = business.awaitSyncStatus("voucher-1", "NEEDS_ATTENTION");
    assertTrue(
        parked.path("lastError").asText().contains("Payments cannot be made to this account"),
        parked.toString());
    business.awaitSyncStatus("card-9", "SENT");
    assertEquals(1, business.xero.payments().size());
  }

  @Test
  void settingsXeroWouldRefuseAreNamedOnTheirFieldsAndNothingIsSaved() {
    TestBusiness business = TestBusiness.connected(api);
    ModuleApi.Answer refused =
        api.put(
            business.path("payments"),
            "{\"providers\": {\"STRIPE\": {\"recordPayments\": true, \"accountCode\": \"200\","
                + " \"feeAccountCode\": \"404\", \"feeTaxType\": \"NONE\","
                + " \"payoutAccountCode\": \"404\"}, \"PAYPAL\": {\"recordPayments\": true}}}");
    assertEquals(400, refused.status(), refused.body());
    assertTrue(refused.body().contains("providers[PAYPAL]"), refused.body());

    refused =
        api.put(
            business.path("payments"),
            "{\"providers\": {\"STRIPE\": {\"recordPayments\": true, \"accountCode\": \"090\","
                + " \"feeAccountCode\": \"404\", \"feeTaxType\": \"NONE\","
                + " \"payoutAccountCode\": \"404\"}}}");
    assertEquals(400, refused.status(), refused.body());
    List<String> fields = new ArrayList<>();
    refused.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
    assertEquals(
        List.of("providers[STRIPE].accountCode", "providers[STRIPE].payoutAccountCode"),
        fields,
        "090 takes payments but is no bank account; 404 is no bank account: " + refused.body());
    JsonNode saved = business.expect(200, api.get(business.path("payments"))).json();
    assertEquals(false, saved.path("providers").path("STRIPE").path("recordPayments").asBoolean());
  }

  private static void assertMoney(String expected, JsonNode actual) {
    assertEquals(expected, money(actual), "amount");
  }

  private static void assertMoney(String expected, BigDecimal actual) {
    assertEquals(new BigDecimal(expected), actual.setScale(2), "amount");
  }

  private static String money(JsonNode amount) {
    return amount.decimalValue().setScale(2).toPlainString();
  }
}
