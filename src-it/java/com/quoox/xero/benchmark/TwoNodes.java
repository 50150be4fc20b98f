package com.quoox.xero.benchmark;

import com.quoox.xero.it.support.WildFlyNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The fifth row, on PostgreSQL only: nodes made the bottleneck by few lanes each,
 * businesses selling more than one node's lanes can carry; the calls a minute of one node, then of
 * two on the same database.
 */
final class TwoNodes {

  private TwoNodes() {}

  /**
   * Restarts {@code first} with few lanes, measures it alone, starts a second node like it and
   * measures both; leaves the second running in {@code started} for the caller to stop.
   */
  static void measure(
      WildFlyNode first,
      ModuleNodes nodes,
      List<WildFlyNode> started,
      Shops shops,
      RemoteSandbox sandbox,
      BenchmarkSettings s,
      ResultTable table)
      throws InterruptedException {
    String lanes = String.valueOf(s.nodesLanes());
    first.stop();
    first.property("quoox.xero.dispatch.max-parallel-businesses", lanes);
    ModuleNodes.start(first);
    List<BenchBusiness> businesses = shops.connect("bench-n", s.nodesBusinesses());
    List<String> tenants = businesses.stream().map(BenchBusiness::tenantId).toList();
    double one = callsPerMinute(sandbox, businesses, tenants, s);
    WildFlyNode second =
        nodes.node(2).property("quoox.xero.dispatch.max-parallel-businesses", lanes);
    started.add(second);
    ModuleNodes.start(second);
    double two = callsPerMinute(sandbox, businesses, tenants, s);
    String load =
        String.format(
            "%d businesses 1 sale/%ds, %s lanes a node",
            businesses.size(), s.nodesSaleInterval().toSeconds(), lanes);
    table.figure(
        "two nodes vs one: calls/min, one node (" + load + ")", String.format("%,.0f", one), "");
    table.figure("  calls/min, two nodes", String.format("%,.0f", two), "");
    table.judged(
        "  two nodes ÷ one node",
        String.format("%.2f×", two / one),
        "≥ 1.8×",
        two >= 1.8 * one,
        "");
  }

  private static double callsPerMinute(
      RemoteSandbox sandbox,
      List<BenchBusiness> businesses,
      List<String> tenants,
      BenchmarkSettings s)
      throws InterruptedException {
    LimitsSnapshot before = sandbox.statistics();
    Instant from = Instant.now();
    LiveSales.sell(sandbox, businesses, s.nodesSaleInterval(), s.nodesWindow());
    LimitsSnapshot after = sandbox.statistics();
    return BenchmarkSettings.perMinute(
        after.calls(tenants) - before.calls(tenants), Duration.between(from, Instant.now()));
  }
}
