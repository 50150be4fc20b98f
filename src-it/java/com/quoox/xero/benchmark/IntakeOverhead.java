package com.quoox.xero.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.quoox.xero.it.support.ModuleApi;

/**
 * Intake: what the observer adds to a sale's transaction, timed inside the server by the demo
 * package's {@code IntakeOverheadResource}, against a bare INSERT of the same row.
 */
final class IntakeOverhead {

  private static final double ONE_MS = 1_000_000;

  private IntakeOverhead() {}

  static void measure(
      ModuleApi api, BenchmarkSettings settings, BenchmarkDatabase database, ResultTable table) {
    ModuleApi.Answer answer =
        api.post(
            "demo/benchmark/intake-overhead?transactions="
                + settings.intakeTransactions()
                + "&warmup="
                + settings.intakeWarmup(),
            "");
    if (answer.status() != 200) {
      throw new IllegalStateException("intake overhead not measured: " + answer.body());
    }
    JsonNode times = answer.json();
    JsonNode observer = times.path("observer");
    JsonNode bare = times.path("bareInsert");
    String n = " (n=" + observer.path("count").asInt() + ")";
    table.figure("intake: sale tx with observer, p50" + n, ms(observer, "p50Nanos"), "");
    table.judged(
        "intake: sale tx with observer, p99" + n,
        ms(observer, "p99Nanos"),
        "< 1 ms",
        observer.path("p99Nanos").asLong() < ONE_MS,
        "");
    table.figure(
        "intake: bare INSERT tx, p50 / p99",
        ms(bare, "p50Nanos") + " / " + ms(bare, "p99Nanos"),
        "same rows (sale + its payment), same datasource (JDBC)");
    table.figure(
        "intake: empty tx, p50 / p99",
        ms(times.path("emptyTransaction"), "p50Nanos")
            + " / "
            + ms(times.path("emptyTransaction"), "p99Nanos"),
        "begin + commit only");
    table.figure(
        "intake: before commit, observer / bare INSERTs, p50",
        ms(times.path("observerBeforeCommit"), "p50Nanos")
            + " / "
            + ms(times.path("bareInsertBeforeCommit"), "p50Nanos"),
        "the work inside the tx; the rest of each is its commit");
    table.figure(
        "intake: before commit, observer / bare INSERTs, p99",
        ms(times.path("observerBeforeCommit"), "p99Nanos")
            + " / "
            + ms(times.path("bareInsertBeforeCommit"), "p99Nanos"),
        "");
    String whyMissed =
        database.isPostgresql()
            ? "PostgreSQL: the commit's WAL flush dominates (see before-commit rows); JSON, 14 columns"
            : "H2: de-dup SELECT + JPA persist per row, JSON";
    judgeRatio(table, "p50", observer, bare, whyMissed);
    judgeRatio(table, "p99", observer, bare, whyMissed);
  }

  private static void judgeRatio(
      ResultTable table, String rank, JsonNode observer, JsonNode bare, String whyMissed) {
    double ratio =
        observer.path(rank + "Nanos").asDouble() / Math.max(1, bare.path(rank + "Nanos").asLong());
    table.judged(
        "intake: observer / bare INSERT, " + rank,
        String.format("%.2f×", ratio),
        "≤ 1.1×",
        ratio <= 1.1,
        whyMissed);
  }

  private static String ms(JsonNode times, String field) {
    return ResultTable.millis(times.path(field).asDouble());
  }
}
