package com.quoox.xero.benchmark;

import com.quoox.xero.sandbox.XeroSandbox;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What the benchmark runs and for how long, from system properties ({@code -Dbench.…=…} on the
 * Maven command line), with defaults that keep one run under about ten minutes on two cores.
 */
record BenchmarkSettings(
    String database,
    Path jbossHome,
    Path sandboxSpec,
    int sandboxPort,
    int portOffset,
    int intakeTransactions,
    int intakeWarmup,
    int idleSales,
    Duration idlePause,
    Duration sustainedWindow,
    int sustainedBacklog,
    int businesses,
    Duration manyWindow,
    int backfillSales,
    int liveSalesPerMinute,
    Duration liveP99Target,
    Duration drain) {

  static BenchmarkSettings fromSystemProperties() {
    Duration sustainedWindow = duration("bench.sustained.window", "PT2M");
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
        Integer.getInteger("bench.intake.transactions", 2000),
        Integer.getInteger("bench.intake.warmup", 500),
        Integer.getInteger("bench.idle.sales", 20),
        duration("bench.idle.pause", "PT1S"),
        sustainedWindow,
        // enough for the 3,000 invoices a minute that batching would allow, so the backlog never
        // runs dry
        Integer.getInteger(
            "bench.sustained.backlog", (int) (3_000 * sustainedWindow.toSeconds() / 60)),
        Math.max(2, Math.min(100, Integer.getInteger("bench.businesses", 20))),
        duration("bench.many.window", "PT2M"),
        Integer.getInteger("bench.backfill.sales", 2000),
        Integer.getInteger("bench.live.sales-per-minute", 30),
        duration("bench.live.p99-target", "PT5S"),
        duration("bench.drain", "PT30S"));
  }

  private static Duration duration(String key, String defaultValue) {
    return Duration.parse(System.getProperty(key, defaultValue));
  }

  static double minutes(Duration window) {
    return window.toMillis() / 60_000.0;
  }
}
