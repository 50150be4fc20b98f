package com.quoox.xero.benchmark;

import com.quoox.xero.sandbox.XeroSandbox;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What the benchmark runs and for how long, from system properties ({@code -Dbench.…=…} on the
 * Maven command line), with defaults that keep one run within about twenty minutes on two cores.
 * docs/benchmark.md lists them.
 */
record BenchmarkSettings(
    String database,
    Path jbossHome,
    Path sandboxSpec,
    int sandboxPort,
    int portOffset,
    Duration latency,
    Duration jitter,
    boolean checkContract,
    int intakeTransactions,
    int intakeWarmup,
    int salesPerTransaction,
    int manyBusinesses,
    Duration manyWindow,
    int backfillSales,
    Duration liveSaleInterval,
    Duration liveP99Target,
    Duration drain,
    int thousandBusinesses,
    double thousandSellingShare,
    Duration thousandSaleInterval,
    Duration thousandWindow,
    Duration sustainedWarmup,
    Duration sustainedWindow,
    int sustainedBacklog,
    int busyBusinesses,
    Duration busySaleInterval,
    Duration busyWindow,
    int nodesBusinesses,
    int nodesLanes,
    Duration nodesSaleInterval,
    Duration nodesWindow) {

  static BenchmarkSettings fromSystemProperties() {
    String database = System.getProperty("bench.database", "h2");
    return new BenchmarkSettings(
        database,
        // PostgreSQL runs on the installation the postgresql profile provisions beside the build's
        "postgresql".equals(database)
            ? Path.of(System.getProperty("bench.postgresql.home", "target/server-pg"))
            : Path.of(System.getProperty("jboss.home", "target/server")),
        XeroSandbox.contract(),
        Integer.getInteger("bench.sandbox.port", 18689),
        Integer.getInteger("bench.port.offset", 600),
        duration("bench.latency", "PT0.4S"),
        duration("bench.latency.jitter", "PT0.1S"),
        Boolean.parseBoolean(System.getProperty("bench.sandbox.contract-check", "false")),
        Integer.getInteger("bench.intake.transactions", 2000),
        Integer.getInteger("bench.intake.warmup", 500),
        Integer.getInteger("bench.backlog.sales-per-transaction", 500),
        Integer.getInteger("bench.many.businesses", 100),
        duration("bench.many.window", "PT2M"),
        Integer.getInteger("bench.backfill.sales", 8_000),
        duration("bench.live.sale-interval", "PT2S"),
        duration("bench.live.p99-target", "PT5S"),
        duration("bench.drain", "PT30S"),
        Integer.getInteger("bench.thousand.businesses", 1000),
        Double.parseDouble(System.getProperty("bench.thousand.selling-share", "0.10")),
        duration("bench.thousand.sale-interval", "PT20S"),
        duration("bench.thousand.window", "PT1M"),
        duration("bench.sustained.warmup", "PT30S"),
        duration("bench.sustained.window", "PT2M"),
        Integer.getInteger("bench.sustained.backlog", 12_000),
        Integer.getInteger("bench.busy.businesses", 500),
        duration("bench.busy.sale-interval", "PT5S"),
        duration("bench.busy.window", "PT1M"),
        Integer.getInteger("bench.nodes.businesses", 80),
        Integer.getInteger("bench.nodes.lanes", 4),
        duration("bench.nodes.sale-interval", "PT2S"),
        duration("bench.nodes.window", "PT1M"));
  }

  private static Duration duration(String key, String defaultValue) {
    return Duration.parse(System.getProperty(key, defaultValue));
  }

  static double minutes(Duration window) {
    return window.toMillis() / 60_000.0;
  }

  static double perMinute(long count, Duration window) {
    return count / minutes(window);
  }
}
