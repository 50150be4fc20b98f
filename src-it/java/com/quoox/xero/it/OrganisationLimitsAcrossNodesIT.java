package com.quoox.xero.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.quoox.xero.it.support.Eventually;
import com.quoox.xero.it.support.ModuleApi;
import com.quoox.xero.it.support.PostgresNodes;
import com.quoox.xero.it.support.SalesOnNodes;
import com.quoox.xero.it.support.TestBusiness;
import com.quoox.xero.it.support.WildFlyNode;
import com.quoox.xero.sandbox.SandboxTenant;
import com.quoox.xero.sandbox.XeroSandbox;
import com.quoox.xero.sandbox.faults.SandboxLimits;
import com.quoox.xero.sandbox.faults.TenantRateLimiter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Each organisation's limits hold with two nodes, each with many lanes, sending for the same
 * businesses: Xero counts every node's calls against one organisation's minute and its calls in
 * flight, so the nodes must share them. The sandbox allows 20 calls a minute per organisation (a
 * third of Xero's 60, so the minute runs out within the test) and Xero's 5 at once; every call
 * takes 100 ms there, so two nodes sending for one business at the same moment would be seen
 * overlapping. Each sale goes in a call of its own (batch size 1), so a business needs more calls
 * than its minute holds, and its sales are made on both nodes in turn.
 */
@EnabledIfSystemProperty(
    named = "it.database",
    matches = "postgresql",
    disabledReason = PostgresNodes.NEEDS_POSTGRESQL)
class OrganisationLimitsAcrossNodesIT {

  private static final int BUSINESSES = 4;
  private static final int SALES_PER_BUSINESS = 30;
  private static final int PER_MINUTE = 20;

  private static XeroSandbox sandbox;
  private static List<WildFlyNode> nodes = List.of();
  private static List<ModuleApi> apis;

  @BeforeAll
  static void startTwoNodesWithManyLanes() {
    sandbox =
        XeroSandbox.start(
            0,
            Path.of(System.getProperty("sandbox.spec")),
            new SandboxLimits(PER_MINUTE, 5, 5_000, 10_000));
    nodes =
        List.of(
            PostgresNodes.node("limits-a", 100, sandbox),
            PostgresNodes.node("limits-b", 200, sandbox));
    for (WildFlyNode node : nodes) {
      node.property("quoox.xero.dispatch.batch-size", "1")
          .property("quoox.xero.dispatch.max-parallel-businesses", "64")
          .property("quoox.xero.dispatch.coalesce", "PT0S")
          // A call the module gives up on still runs at Xero and counts in flight there: long
          // enough that none times out, so any overlap seen would be two lanes at once.
          .property("quoox.xero.http.timeout", "PT20S");
    }
    PostgresNodes.startAll(nodes);
    apis = nodes.stream().map(node -> new ModuleApi(node.moduleUrl())).toList();
  }

  @AfterAll
  static void stopTheNodes() {
    PostgresNodes.stopAll(nodes);
    if (sandbox != null) {
      sandbox.stop();
    }
  }

  /**
   * 120 sales of 4 businesses, made on both nodes in turn, each sale a call: every organisation saw
   * at most one call of ours at a time and never more than its minute, was never refused for either
   * (no 429), and has each sale exactly once.
   */
  @Test
  void twoNodesNeverSendForOneOrganisationAtOnceNorBeyondItsMinute() throws Exception {
    Instant started = Instant.now();
    List<TestBusiness> shops = connectBusinesses();
    List<List<String>> sold = SalesOnNodes.sell(apis, shops, SALES_PER_BUSINESS);
    int expected = BUSINESSES * SALES_PER_BUSINESS;

    Eventually.awaitOrLast(
        "every sale in Xero",
        Duration.ofMinutes(4),
        () -> shops.stream().mapToInt(shop -> shop.xero.invoices().size()).sum(),
        n -> n >= expected);

    List<String> seen = new ArrayList<>();
    for (int i = 0; i < shops.size(); i++) {
      SandboxTenant xero = shops.get(i).xero;
      TenantRateLimiter.Statistics statistics = xero.limiter.statistics();
      seen.add(statistics.toString());
      List<String> references =
          xero.invoices().stream().map(v -> v.path("Reference").asText()).toList();
      assertEquals(sold.get(i).size(), references.size(), "one invoice per sale: " + references);
      assertEquals(new HashSet<>(sold.get(i)), new HashSet<>(references), "every sale, once");
      assertEquals(1, statistics.peakInFlight(), "one call at a time per organisation");
      assertTrue(statistics.peakPerMinute() <= PER_MINUTE, "within its minute: " + statistics);
      assertEquals(
          0, statistics.refused().values().stream().mapToLong(n -> n).sum(), statistics.toString());
    }
    System.out.printf(
        "OrganisationLimitsAcrossNodesIT: %d sales of %d businesses on 2 nodes in %d s; Xero saw"
            + " per organisation %s%n",
        expected, BUSINESSES, Duration.between(started, Instant.now()).toSeconds(), seen);
  }

  /** Businesses whose organisations take 100 ms a call, so overlapping calls would be seen. */
  private static List<TestBusiness> connectBusinesses() {
    String run = UUID.randomUUID().toString().substring(0, 6);
    List<TestBusiness> shops = SalesOnNodes.connect(sandbox, apis, "limits-" + run, BUSINESSES);
    shops.forEach(shop -> shop.xero.delayNext(10_000, Duration.ofMillis(100)));
    return shops;
  }
}
