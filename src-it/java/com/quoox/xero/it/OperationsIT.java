package com.quoox.xero.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.it.support.DeployedModule;
import com.quoox.xero.it.support.Eventually;
import com.quoox.xero.it.support.ModuleApi;
import com.quoox.xero.it.support.TestBusiness;
import com.quoox.xero.sandbox.http.LoggedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an operator does to dispatch: pausing and resuming one business, and the business's own
 * circuit, which stops its lane from hammering a Xero that keeps failing while other businesses'
 * sales flow, and lets its backlog through, each sale once, when Xero is back.
 */
class OperationsIT extends DeployedModule {

  /** The cool-off of a first opening in the test server (arquillian.xml). */
  private static final Duration COOL_OFF = Duration.ofSeconds(3);

  @Test
  void pausedBusinessKeepsRecordingSalesAndSendsThemOnceResumed() {
    TestBusiness paused = TestBusiness.connected(api);
    TestBusiness other = TestBusiness.connected(api);

    JsonNode pause =
        paused
            .expect(200, api.post(paused.path("dispatch/pause"), "{\"reason\":\"month end\"}"))
            .json();
    assertTrue(pause.path("paused").asBoolean(), pause.toString());
    SaleCompleted sale = paused.cafeSale();
    paused.sell(sale); // the sale itself never fails for a pause
    other.sell(other.cafeSale());
    other.awaitInvoices(1); // a dispatch round ran after the paused business's sale committed

    JsonNode state = paused.expect(200, api.get(paused.path("dispatch"))).json();
    assertTrue(state.path("paused").asBoolean(), state.toString());
    assertEquals("month end", state.path("pausedReason").asText());
    assertFalse(state.path("pausedAt").isNull(), state.toString());
    assertEquals("PENDING", paused.syncEntry(sale.saleNumber()).path("status").asText());
    assertEquals(List.of(), creates(paused), "nothing was sent while paused");

    JsonNode resumed = paused.expect(200, api.post(paused.path("dispatch/resume"), "")).json();

    assertFalse(resumed.path("paused").asBoolean(), resumed.toString());
    paused.awaitSyncStatus(sale.saleNumber(), "SENT");
    assertEquals(1, paused.xero.invoices().size());
  }

  @Test
  void businessThatWasNeverPausedRunsWithAClosedCircuit() {
    TestBusiness business = TestBusiness.connected(api);

    JsonNode state = business.expect(200, api.get(business.path("dispatch"))).json();

    assertFalse(state.path("paused").asBoolean(), state.toString());
    assertEquals("CLOSED", state.path("circuit").asText());
    assertTrue(state.path("circuitOpenUntil").isNull(), state.toString());
  }

  @Test
  void pauseWithoutAReasonAndAnOverlongReasonAreAnsweredAsAPersonExpects() {
    TestBusiness business = TestBusiness.connected(api);

    JsonNode pause = business.expect(200, api.post(business.path("dispatch/pause"), "")).json();
    ModuleApi.Answer tooLong =
        api.post(business.path("dispatch/pause"), "{\"reason\":\"" + "x".repeat(501) + "\"}");

    assertTrue(pause.path("paused").asBoolean(), pause.toString());
    assertEquals(400, tooLong.status(), tooLong.body());
    assertTrue(tooLong.body().contains("at most 500"), tooLong.body());
    business.expect(200, api.post(business.path("dispatch/resume"), ""));
  }

  /**
   * A's Xero is down: after 5 consecutive failures A's circuit opens, and while it is open A's lane
   * claims nothing, not even a sale made then (without the circuit it would be tried at once),
   * while B's sale reaches Xero within 5 s. Once A's Xero is back, A's backlog drains: every sale
   * once.
   */
  @Test
  void circuitHoldsABusinessWhoseXeroIsDownWhileOthersFlowAndItsBacklogDrainsAfter() {
    TestBusiness down = TestBusiness.connected(api);
    TestBusiness other = TestBusiness.connected(api);
    down.xero.down();
    try {
      for (int i = 0; i < 3; i++) {
        down.sell(down.cafeSale());
      }
      JsonNode open = awaitCircuit(down, "OPEN");
      Instant openUntil = Instant.parse(open.path("circuitOpenUntil").asText());
      down.sell(down.cafeSale()); // due at once, but its business's lane is cooling off

      Instant soldAt = Instant.now();
      other.sell(other.cafeSale());
      Instant inXeroAt = awaitCreated(other).at();
      assertTrue(
          Duration.between(soldAt, inXeroAt).compareTo(Duration.ofSeconds(5)) <= 0,
          "B's sale reached Xero " + Duration.between(soldAt, inXeroAt).toMillis() + " ms after");

      Eventually.await(
          "A's cool-off to end", Duration.ofSeconds(30), Instant::now, openUntil::isBefore);
      Instant openedAt = openUntil.minus(COOL_OFF);
      List<LoggedRequest> duringCoolOff =
          down.xero.requests().stream()
              .filter(r -> r.at().isAfter(openedAt) && r.at().isBefore(openUntil))
              .toList();
      assertEquals(List.of(), duringCoolOff, "A's Xero was left alone while its circuit was open");
      assertEquals(0, down.xero.invoices().size());
    } finally {
      down.xero.up();
    }
    List<JsonNode> invoices = down.awaitInvoices(4);
    awaitCircuit(down, "CLOSED");
    assertEquals(
        4,
        invoices.stream().map(i -> i.path("Reference").asText()).distinct().count(),
        "each sale once: " + invoices);
    assertEquals(4, down.xero.invoices().size(), "nothing sent twice");
    assertEquals(1, other.xero.invoices().size());
  }

  private JsonNode awaitCircuit(TestBusiness business, String circuit) {
    JsonNode state =
        Eventually.await(
            "the circuit of " + business.id + " " + circuit,
            Duration.ofSeconds(60),
            () -> business.expect(200, api.get(business.path("dispatch"))).json(),
            s -> circuit.equals(s.path("circuit").asText()));
    assertNotNull(state);
    return state;
  }

  private static List<LoggedRequest> creates(TestBusiness business) {
    return business.xero.requests().stream()
        .filter(r -> r.path().endsWith("/Invoices") && !r.method().equals("GET"))
        .toList();
  }

  private static LoggedRequest awaitCreated(TestBusiness business) {
    return Eventually.await(
            "an invoice created in the Xero of " + business.id,
            Duration.ofSeconds(30),
            () ->
                business.xero.requests().stream()
                    .filter(r -> r.path().endsWith("/Invoices") && !r.method().equals("GET"))
                    .filter(r -> r.status() == 200)
                    .toList(),
            l -> !l.isEmpty())
        .get(0);
  }
}
