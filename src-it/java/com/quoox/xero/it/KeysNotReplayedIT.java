package com.quoox.xero.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.quoox.xero.events.PaymentProvider;
import com.quoox.xero.events.RefundIssued;
import com.quoox.xero.events.RefundPaid;
import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.it.support.DeployedModule;
import com.quoox.xero.it.support.Eventually;
import com.quoox.xero.it.support.TestBusiness;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exactly once whatever Xero does with the Idempotency-Key: how long Xero keeps a key is not
 * documented (it is reported to be minutes), so the sandbox here replays none, and loses the answer
 * to one stored create in ten. 200 sales with their payments, refunds, refund payments,
 * allocations, fees and payout transfers over ten businesses each reach Xero exactly once.
 */
class KeysNotReplayedIT extends DeployedModule {

  private static final int SHOPS = 10;
  private static final int SALES_PER_SHOP = 20;
  private static final int REFUND_EVERY = 4;

  /** Stripe money into clearing account 092, its fees to 404, its payouts to the bank (091). */
  private static final String STRIPE_RECORDED =
      """
      {"providers": {"STRIPE": {"recordPayments": true, "accountCode": "092",
        "feeAccountCode": "404", "feeTaxType": "NONE", "payoutAccountCode": "091"}}}
      """;

  @Test
  void everyDocumentIsInXeroOnceWhenAnswersAreLostAndKeysAreNotReplayed() {
    List<TestBusiness> shops = new ArrayList<>();
    for (int s = 0; s < SHOPS; s++) {
      TestBusiness shop = TestBusiness.connected(api);
      if (recordsPayments(s)) {
        shop.expect(200, api.put(shop.path("payments"), STRIPE_RECORDED));
      }
      shop.xero.neverReplayKeys().flaky(0, 0, Duration.ZERO, 0.10, 4242 + s);
      shops.add(shop);
    }
    for (int s = 0; s < SHOPS; s++) {
      sellADay(shops.get(s), recordsPayments(s));
    }

    int refunds = SALES_PER_SHOP / REFUND_EVERY;
    int lostAnswers = 0;
    for (int s = 0; s < SHOPS; s++) {
      TestBusiness shop = shops.get(s);
      boolean recorded = recordsPayments(s);
      shop.awaitInvoices(SALES_PER_SHOP);
      Eventually.await(
          "every document of " + shop.id + " in Xero",
          Duration.ofSeconds(120),
          () -> counts(shop),
          c -> c.equals(expected(recorded, refunds)));
      lostAnswers += shop.xero.randomFaults().dropped();
    }
    Eventually.sleep(3_000); // anything sent twice would arrive now
    for (int s = 0; s < SHOPS; s++) {
      TestBusiness shop = shops.get(s);
      assertEquals(expected(recordsPayments(s), refunds), counts(shop), shop.id);
      assertEquals(
          SALES_PER_SHOP,
          shop.xero.invoices().stream().map(i -> i.path("Reference").asText()).distinct().count(),
          "one invoice per sale");
      assertEquals(
          0,
          shop.expect(200, api.get(shop.path("sync?status=NEEDS_ATTENTION"))).json().size(),
          "nothing parked");
      for (JsonNode invoice : shop.xero.invoices()) {
        assertEquals(0, new BigDecimal("8.40").compareTo(invoice.path("Total").decimalValue()));
      }
    }
    System.out.printf(
        "Keys not replayed: %d sales over %d businesses, %d answers lost, 0 duplicates%n",
        SHOPS * SALES_PER_SHOP, SHOPS, lostAnswers);
    assertTrue(lostAnswers > 0, "the sandbox lost answers");
  }

  private static boolean recordsPayments(int shop) {
    return shop % 2 == 0;
  }

  /**
   * Twenty sales paid by Stripe, every fourth refunded by one flat white; a business that records
   * its payments pays the refunds back and transfers the payout, one that does not gets the refunds
   * allocated to their invoices.
   */
  private void sellADay(TestBusiness shop, boolean recorded) {
    List<String> charges = new ArrayList<>();
    for (int n = 1; n <= SALES_PER_SHOP; n++) {
      String charge = "ch_" + shop.id + "_" + n;
      SaleCompleted sale =
          TestBusiness.paid(
              shop.cafeSale(), TestBusiness.payment(PaymentProvider.STRIPE, "8.40", charge));
      shop.sell(sale);
      charges.add(charge);
      if (n % REFUND_EVERY == 0) {
        RefundIssued refund =
            shop.refundOf(sale, "R-" + n, List.of(TestBusiness.flatWhite()), "3.20");
        shop.expect(200, api.fire("demo/refunds", refund));
        if (recorded) {
          shop.expect(
              200,
              api.fire(
                  "demo/refund-payments",
                  new RefundPaid(
                      shop.id,
                      "refund-pay-" + n,
                      refund.refundId(),
                      PaymentProvider.STRIPE,
                      new BigDecimal("3.20"),
                      "GBP",
                      "re_" + shop.id + "_" + n,
                      Instant.parse("2026-11-26T09:05:00Z"))));
        }
      }
    }
    if (recorded) {
      // 20 × 8.40 less 5 × 3.20 paid back = 152.00; Stripe keeps 1.00.
      shop.expect(
          200,
          api.fire(
              "demo/payouts",
              shop.payout(
                  "po_" + shop.id,
                  PaymentProvider.STRIPE,
                  "152.00",
                  "1.00",
                  "151.00",
                  charges.toArray(String[]::new))));
    }
  }

  /** Invoices, credit notes, allocations, payments, bank transactions, transfers. */
  private static List<Integer> counts(TestBusiness shop) {
    return List.of(
        shop.xero.invoices().size(),
        shop.xero.creditNotes().size(),
        shop.xero.allocations().size(),
        shop.xero.payments().size(),
        shop.xero.bankTransactions().size(),
        shop.xero.bankTransfers().size());
  }

  private static List<Integer> expected(boolean recorded, int refunds) {
    return recorded
        ? List.of(SALES_PER_SHOP, refunds, 0, SALES_PER_SHOP + refunds, 1, 1)
        : List.of(SALES_PER_SHOP, refunds, refunds, 0, 0, 0);
  }
}
