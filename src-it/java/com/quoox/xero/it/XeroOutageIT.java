package com.quoox.xero.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.it.support.DeployedModule;
import com.quoox.xero.it.support.Eventually;
import com.quoox.xero.it.support.TestBusiness;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Xero down for a while, then up again: the sales made meanwhile wait in the outbox, retried with a
 * growing wait so the outage is not hammered, and reach Xero once each when it is back.
 */
class XeroOutageIT extends DeployedModule {

  private static final int SALES = 10;

  /**
   * While the organisation's Xero answers every call with 503, 10 sales stay in the sync log as
   * RETRY_WAIT (none lost, none in Xero), and each time an entry fails again its next attempt is
   * set further away (1 s, 2 s, 4 s ... with the module's first retry delay of 1 s); when Xero is
   * up again the backlog drains: each sale exactly once in Xero and SENT in the sync log.
   */
  @Test
  void salesWaitWithGrowingDelaysWhileXeroIsDownThenEachReachesXeroOnce() {
    Instant started = Instant.now();
    TestBusiness shop = TestBusiness.connected(api);
    shop.xero.down();
    List<String> sold = new ArrayList<>();
    for (int i = 0; i < SALES; i++) {
      SaleCompleted sale = shop.cafeSale();
      shop.sell(sale);
      sold.add(sale.saleNumber());
    }

    Map<String, Map<Integer, Duration>> waits = retryWaitsUntilOneFailed(shop, 3);
    List<JsonNode> waiting =
        Eventually.await(
            "all " + SALES + " sales waiting in the sync log",
            Duration.ofSeconds(30),
            () -> syncLog(shop),
            log ->
                log.size() == SALES
                    && log.stream().allMatch(e -> "RETRY_WAIT".equals(e.path("status").asText())));
    int callsWhileDown = shop.xero.requests().size();
    int invoicesWhileDown = shop.xero.invoices().size();
    shop.xero.up();
    Instant up = Instant.now();

    List<JsonNode> invoices =
        Eventually.await(
            SALES + " invoices in Xero",
            Duration.ofMinutes(2),
            shop.xero::invoices,
            list -> list.size() >= SALES);
    Eventually.await(
        "every sale SENT in the sync log",
        Duration.ofSeconds(30),
        () -> syncLog(shop),
        log -> log.stream().allMatch(e -> "SENT".equals(e.path("status").asText())));
    Set<String> references =
        invoices.stream().map(i -> i.path("Reference").asText()).collect(Collectors.toSet());
    System.out.printf(
        "XeroOutageIT: %d sales while Xero was down: %d waiting, %d in Xero, %d calls refused;"
            + " waits after each failed attempt %s; drained %d s after Xero came back: %d"
            + " invoices, %d duplicates, %d lost; %d s in all%n",
        SALES,
        waiting.size(),
        invoicesWhileDown,
        callsWhileDown,
        waits,
        Duration.between(up, Instant.now()).toSeconds(),
        invoices.size(),
        invoices.size() - references.size(),
        sold.stream().filter(s -> !references.contains(s)).count(),
        Duration.between(started, Instant.now()).toSeconds());
    assertEquals(0, invoicesWhileDown, "nothing reaches a Xero that is down");
    waits.forEach(
        (number, byAttempt) -> {
          List<Duration> inOrder = new ArrayList<>(new TreeMap<>(byAttempt).values());
          for (int i = 1; i < inOrder.size(); i++) {
            assertTrue(
                inOrder.get(i).compareTo(inOrder.get(i - 1)) > 0,
                number + " waits longer after each failed attempt: " + byAttempt);
          }
        });
    assertEquals(SALES, invoices.size(), "no sale twice");
    assertEquals(Set.copyOf(sold), references, "every sale once");
  }

  /**
   * Watches the sync log until one entry has failed {@code attempts} times; answers, per sale and
   * failed attempt, how long the entry was told to wait (its next attempt time less the time the
   * failure was recorded). Entries that merely wait with another that failed (same business, same
   * outage) are not attempts of their own and are left out.
   */
  private Map<String, Map<Integer, Duration>> retryWaitsUntilOneFailed(
      TestBusiness shop, int attempts) {
    Map<String, Map<Integer, Duration>> waits = new TreeMap<>();
    Eventually.await(
        "a sale failing " + attempts + " times",
        Duration.ofMinutes(2),
        () -> {
          for (JsonNode entry : syncLog(shop)) {
            int attempt = entry.path("attempts").asInt();
            if ("RETRY_WAIT".equals(entry.path("status").asText())
                && attempt > 0
                && !entry.path("lastError").asText().startsWith("Waiting with")) {
              waits
                  .computeIfAbsent(entry.path("number").asText(), n -> new TreeMap<>())
                  .putIfAbsent(
                      attempt,
                      Duration.between(
                          Instant.parse(entry.path("updatedAt").asText()),
                          Instant.parse(entry.path("nextAttemptAt").asText())));
            }
          }
          return waits.values().stream().mapToInt(Map::size).max().orElse(0);
        },
        most -> most >= attempts);
    return waits;
  }

  private List<JsonNode> syncLog(TestBusiness shop) {
    List<JsonNode> log = new ArrayList<>();
    shop.expect(200, api.get(shop.path("sync"))).json().forEach(log::add);
    return log;
  }
}
