package com.quoox.xero.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.it.support.DeployedModule;
import com.quoox.xero.it.support.Eventually;
import com.quoox.xero.it.support.TestBusiness;
import com.quoox.xero.sandbox.http.LoggedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The business rule behind per-business lanes: one business with a slow or failing Xero or a big
 * backlog never delays another business's sales by more than a few seconds (here: 5 s from the
 * sale's commit to its invoice being in Xero, read from the sandbox's own request log).
 */
class BusinessIsolationIT extends DeployedModule {

  /** What "a few seconds" means for the test: from B's sale to B's invoice answered by Xero. */
  private static final Duration FEW_SECONDS = Duration.ofSeconds(5);

  /**
   * Business A has a backlog of 12 sales and a Xero that takes 1.5 s per call (just under the test
   * server's 2 s HTTP timeout, so A's sales succeed: about 18 s of sending). B's sale, made while
   * A's first sales are on their way, reaches Xero within 5 s and before A's backlog is through:
   * before lanes, B waited behind every A entry of the round (up to 50 × A's call time).
   */
  @Test
  void saleOfOneBusinessOvertakesAnotherBusinesssSlowBacklog() {
    TestBusiness slow = TestBusiness.connected(api);
    TestBusiness other = TestBusiness.connected(api);
    slow.xero.delayNext(1_000, Duration.ofMillis(1_500));
    try {
      for (int i = 0; i < 12; i++) {
        slow.sell(slow.cafeSale());
      }
      awaitCalls(slow, 2); // A's lane has been busy for about 3 s, with 10 sales still to go

      Instant soldAt = Instant.now();
      SaleCompleted sale = other.cafeSale();
      other.sell(sale);

      Instant inXeroAt = awaitInvoiceCreated(other).at();
      assertWithinFewSeconds(soldAt, inXeroAt);
      long slowSentBefore = createdBefore(slow, inXeroAt);
      assertTrue(
          slowSentBefore < 12,
          "B overtook A's backlog: A had " + slowSentBefore + " of 12 in Xero when B's arrived");
      other.awaitSyncStatus(sale.saleNumber(), "SENT");
    } finally {
      slow.xero.clearFaults();
    }
    slow.awaitInvoices(12);
  }

  /**
   * Business A's Xero is down (every call 503, retried by fault tolerance, then backed off) with a
   * backlog of 12 sales. B's sale, made after A's Xero has failed 10 calls and while it keeps
   * failing, reaches Xero within 5 s. This also proves that the circuit breaker, which is shared by
   * all businesses, does not open on one organisation's failures.
   */
  @Test
  void saleOfOneBusinessIsSentWhileAnotherBusinesssXeroIsDown() {
    TestBusiness down = TestBusiness.connected(api);
    TestBusiness other = TestBusiness.connected(api);
    down.xero.down();
    try {
      for (int i = 0; i < 12; i++) {
        down.sell(down.cafeSale());
      }
      awaitCalls(down, 10); // A has failed and backed off a few times, and keeps failing

      Instant soldAt = Instant.now();
      SaleCompleted sale = other.cafeSale();
      other.sell(sale);

      assertWithinFewSeconds(soldAt, awaitInvoiceCreated(other).at());
      other.awaitSyncStatus(sale.saleNumber(), "SENT");
      assertEquals(0, down.xero.invoices().size());
    } finally {
      down.xero.up();
    }
    Eventually.await(
        "12 invoices once A's Xero is back",
        Duration.ofSeconds(60),
        down.xero::invoices,
        l -> l.size() >= 12);
  }

  private static void awaitCalls(TestBusiness business, int calls) {
    Eventually.await(
        calls + " calls to the Xero of " + business.id,
        Duration.ofSeconds(30),
        business.xero::requests,
        l -> l.size() >= calls);
  }

  private static LoggedRequest awaitInvoiceCreated(TestBusiness business) {
    return Eventually.await(
            "an invoice created in the Xero of " + business.id,
            Duration.ofSeconds(60),
            () -> creates(business).stream().filter(r -> r.status() == 200).toList(),
            l -> !l.isEmpty())
        .get(0);
  }

  private static long createdBefore(TestBusiness business, Instant at) {
    return creates(business).stream().filter(r -> r.status() == 200 && r.at().isBefore(at)).count();
  }

  private static List<LoggedRequest> creates(TestBusiness business) {
    return business.xero.requests().stream()
        .filter(r -> r.path().endsWith("/Invoices") && !r.method().equals("GET"))
        .toList();
  }

  private static void assertWithinFewSeconds(Instant soldAt, Instant inXeroAt) {
    Duration took = Duration.between(soldAt, inXeroAt);
    System.out.printf(
        "BusinessIsolationIT: B's invoice in Xero %d ms after its sale%n", took.toMillis());
    assertTrue(
        took.compareTo(FEW_SECONDS) <= 0,
        "B's sale reached Xero " + took.toMillis() + " ms after it was made, over " + FEW_SECONDS);
  }
}
