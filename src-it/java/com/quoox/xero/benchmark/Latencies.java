package com.quoox.xero.benchmark;

import java.time.Duration;
import java.util.List;

/** Sale-to-Xero times: nearest-rank median and 99th percentile. */
record Latencies(List<Duration> sorted) {

  static Latencies of(List<Duration> times) {
    return new Latencies(times.stream().sorted().toList());
  }

  Duration p50() {
    return rank(0.50);
  }

  Duration p99() {
    return rank(0.99);
  }

  int count() {
    return sorted.size();
  }

  private Duration rank(double share) {
    if (sorted.isEmpty()) {
      return Duration.ZERO;
    }
    return sorted.get(Math.max(0, (int) Math.ceil(share * sorted.size()) - 1));
  }
}
