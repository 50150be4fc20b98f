package com.quoox.xero.benchmark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The one table the benchmark prints: each figure beside its target and PASS or MISSED. */
final class ResultTable {

  private record Row(String measure, String measured, String target, String verdict, String why) {}

  private final List<Row> rows = new ArrayList<>();

  /** A figure without a target of its own (a reference or a context figure). */
  void figure(String measure, String measured, String note) {
    rows.add(new Row(measure, measured, "-", "", note));
  }

  /** A figure judged against its target; {@code whyMissed} is printed only when it missed. */
  void judged(String measure, String measured, String target, boolean met, String whyMissed) {
    rows.add(new Row(measure, measured, target, met ? "PASS" : "MISSED", met ? "" : whyMissed));
  }

  /** The tables one after the other under one header, in the order given. */
  static void print(PrintStream out, List<ResultTable> tables) {
    String format = "%-78s %18s  %-22s %-7s %s%n";
    out.println();
    out.printf(format, "measure", "measured", "target", "result", "note");
    out.println("-".repeat(170));
    for (ResultTable table : tables) {
      table.rows.forEach(
          r -> out.printf(format, r.measure, r.measured, r.target, r.verdict, r.why));
    }
    out.println();
  }

  static String millis(double nanos) {
    return String.format("%.3f ms", nanos / 1_000_000.0);
  }

  static String seconds(java.time.Duration duration) {
    return String.format("%.2f s", duration.toMillis() / 1000.0);
  }
}
