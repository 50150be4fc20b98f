package com.quoox.xero.benchmark;

import com.quoox.xero.benchmark.shop.SaleBurstResource;
import com.quoox.xero.it.support.ModuleApi;
import com.quoox.xero.it.support.ModuleDeployment;
import com.quoox.xero.it.support.TestBusiness;
import com.quoox.xero.it.support.WildFlyNode;
import com.quoox.xero.sandbox.XeroSandbox;
import com.quoox.xero.sandbox.faults.SandboxLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The benchmark ({@code mvn -Pbenchmark verify}): the sandbox with Xero's real-time limits, the
 * build's WildFly with the module as it ships (its default dispatch settings) and the demo shop,
 * businesses connected through the module's API; then intake overhead, idle latency, one business's
 * sustained rate and many businesses at once, printed as one table. It prints, it does not assert.
 * On H2 in memory by default; {@code -Dbench.database=postgresql} (with the postgresql profile)
 * runs it on PostgreSQL instead.
 */
public final class ThroughputBenchmark {

  private ThroughputBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
    requireInstallation(settings);
    BenchmarkDatabase database = BenchmarkDatabase.of(settings);
    XeroSandbox sandbox =
        XeroSandbox.start(settings.sandboxPort(), settings.sandboxSpec(), SandboxLimits.xero());
    WildFlyNode node;
    try {
      node = startNode(settings, database, sandbox);
    } catch (RuntimeException e) {
      sandbox.stop();
      database.dropRunData();
      throw e;
    }
    Thread stopAll =
        new Thread(
            () -> {
              node.stop();
              sandbox.stop();
              database.dropRunData();
            });
    Runtime.getRuntime().addShutdownHook(stopAll); // Ctrl-C mid-run stops WildFly too
    try {
      ModuleApi api = new ModuleApi(node.moduleUrl());
      Shops shops = new Shops(api, sandbox);
      TestBusiness idle = shops.connect("bench-idle");
      TestBusiness sustained = shops.connect("bench-sustained");
      List<TestBusiness> many = new ArrayList<>();
      for (int i = 1; i <= settings.businesses(); i++) {
        many.add(shops.connect(String.format("bench-many-%03d", i)));
      }
      ResultTable table = new ResultTable();
      phase("intake overhead", () -> IntakeOverhead.measure(api, settings, database, table));
      phase("idle latency", () -> IdleLatency.measure(idle, settings, table));
      phase("sustained rate", () -> SustainedThroughput.measure(shops, sustained, settings, table));
      phase("many businesses", () -> ManyBusinesses.measure(shops, many, settings, table));
      System.out.printf(
          "%n=== quoox-xero benchmark: database %s, Xero limits %s, WildFly %s,"
              + " dispatch defaults ===",
          database.description(), SandboxLimits.xero(), node.moduleUrl());
      table.print(System.out);
    } finally {
      Runtime.getRuntime().removeShutdownHook(stopAll);
      stopAll.run();
    }
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

  private static WildFlyNode startNode(
      BenchmarkSettings settings, BenchmarkDatabase database, XeroSandbox sandbox) {
    Path home = settings.jbossHome();
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key); // the run's database starts empty: a fresh key will do
    WildFlyNode node =
        new WildFlyNode(
                home,
                home.getParent().resolve(home.getFileName() + "-benchmark-node"),
                settings.portOffset())
            .usingXeroAt(sandbox.baseUrl())
            .property("quoox.xero.encryption-key", Base64.getEncoder().encodeToString(key));
    // The demo shop, plus the benchmark's own resources (sale bursts, intake timings).
    database
        .serve(node)
        .deploy(ModuleDeployment.withDemoShop().addPackage(SaleBurstResource.class.getPackage()));
    node.start();
    node.awaitModule(Duration.ofMinutes(3));
    return node;
  }
}
