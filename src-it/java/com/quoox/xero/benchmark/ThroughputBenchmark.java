package com.quoox.xero.benchmark;

import com.quoox.xero.it.support.ModuleApi;
import com.quoox.xero.it.support.WildFlyNode;
import com.quoox.xero.sandbox.faults.SandboxLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark ({@code mvn -Pbenchmark verify}): the sandbox in a JVM of its own with Xero's
 * limits and round trip, the build's WildFly with the module as it ships (its default dispatch
 * settings) and the demo shop, businesses connected through the module's API; then the issue's
 * rows, printed in its order as one table. It prints, it does not assert. On H2 in memory by
 * default; {@code -Dbench.database=postgresql} (with the postgresql profile) runs it on PostgreSQL,
 * where it also compares two nodes with one.
 */
public final class ThroughputBenchmark {

  private ThroughputBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
    requireInstallation(settings);
    BenchmarkDatabase database = BenchmarkDatabase.of(settings);
    Path sandboxLog = settings.jbossHome().getParent().resolve("benchmark-sandbox.log");
    SandboxProcess sandboxJvm = SandboxProcess.start(settings, sandboxLog);
    RemoteSandbox sandbox = sandboxJvm.sandbox();
    ModuleNodes nodes = new ModuleNodes(settings, database, sandbox.baseUrl());
    List<WildFlyNode> started = new ArrayList<>();
    Thread stopAll =
        new Thread(
            () -> {
              started.forEach(WildFlyNode::stop);
              sandboxJvm.stop();
              database.dropRunData();
            });
    Runtime.getRuntime().addShutdownHook(stopAll); // Ctrl-C mid-run stops WildFly and the sandbox
    try {
      WildFlyNode node = nodes.node(1);
      started.add(node);
      ModuleNodes.start(node);
      run(settings, database, sandbox, nodes, node, started);
    } finally {
      Runtime.getRuntime().removeShutdownHook(stopAll);
      stopAll.run();
    }
  }

  private static void run(
      BenchmarkSettings s,
      BenchmarkDatabase database,
      RemoteSandbox sandbox,
      ModuleNodes nodes,
      WildFlyNode node,
      List<WildFlyNode> started)
      throws Exception {
    ModuleApi api = new ModuleApi(node.moduleUrl());
    Shops shops = new Shops(api, sandbox, s.salesPerTransaction());
    ModuleHeap heap = new ModuleHeap(s.jbossHome(), nodes.portOffset(1));
    ResultTable many = new ResultTable();
    ResultTable thousand = new ResultTable();
    ResultTable sustained = new ResultTable();
    ResultTable busy = new ResultTable();
    ResultTable twoNodes = new ResultTable();
    ResultTable appWide = new ResultTable();
    ResultTable intake = new ResultTable();
    // Run on a quiet module first; printed in the order after.
    if (s.intakeTransactions() > 0) {
      phase("intake overhead", () -> IntakeOverhead.measure(api, s, database, intake));
    }
    BenchBusiness single = shops.connect("bench-sustained");
    phase(
        "one business's backlog",
        () -> SustainedThroughput.measure(shops, sandbox, single, s, sustained));
    List<BenchBusiness> hundred = shops.connect("bench-many", s.manyBusinesses());
    phase(
        "many businesses with a back-fill",
        () -> ManyBusinesses.measure(shops, sandbox, hundred, s, many));
    List<List<BenchBusiness>> connected = new ArrayList<>();
    phase(
        "a thousand businesses",
        () -> connected.add(ThousandBusinesses.measure(shops, sandbox, heap, s, thousand)));
    List<BenchBusiness> all = connected.get(0);
    phase(
        "busy businesses",
        () ->
            BusyBusinesses.measure(
                sandbox, all.subList(0, Math.min(s.busyBusinesses(), all.size())), s, busy));
    if (database.isPostgresql()) {
      phase(
          "two nodes vs one",
          () -> TwoNodes.measure(node, nodes, started, shops, sandbox, s, twoNodes));
    } else {
      twoNodes.figure(
          "two nodes vs one, node-bound load", "n/a", "H2 in memory cannot be shared by two nodes");
    }
    AppWideLimits.measure(sandbox, appWide);
    System.out.printf(
        "%n=== quoox-xero benchmark: database %s, Xero limits %s, latency %s ± %s (uniform),"
            + " contract check %s, WildFly %s, dispatch defaults ===",
        database.description(),
        SandboxLimits.xero(),
        s.latency().toMillis() + " ms",
        s.jitter().toMillis() + " ms",
        s.checkContract() ? "on" : "off",
        node.moduleUrl());
    ResultTable.print(
        System.out, List.of(many, thousand, sustained, busy, twoNodes, appWide, intake));
  }

  private interface Phase {
    void run() throws Exception;
  }

  private static void phase(String name, Phase phase) throws Exception {
    long started = System.nanoTime();
    System.out.printf("benchmark: %s ...%n", name);
    phase.run();
    System.out.printf(
        "benchmark: %s done in %d s%n", name, (System.nanoTime() - started) / 1_000_000_000);
  }

  /** The PostgreSQL installation exists only when the postgresql profile provisioned it. */
  private static void requireInstallation(BenchmarkSettings settings) {
    if (!Files.isRegularFile(settings.jbossHome().resolve("bin/standalone.sh"))) {
      throw new IllegalStateException(
          "no WildFly at "
              + settings.jbossHome()
              + ("postgresql".equals(settings.database())
                  ? ": run with -Pbenchmark,postgresql -Dbench.database=postgresql"
                  : ""));
    }
  }
}
