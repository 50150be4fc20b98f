package com.quoox.xero.benchmark.shop;

import java.util.Arrays;

/** A distribution of transaction times in nanoseconds: median, 99th percentile and worst. */
public record TransactionTimes(int count, long p50Nanos, long p99Nanos, long maxNanos) {

  static TransactionTimes of(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new TransactionTimes(
        sorted.length, rank(sorted, 0.50), rank(sorted, 0.99), sorted[sorted.length - 1]);
  }

  /** The nearest-rank percentile. */
  private static long rank(long[] sorted, double share) {
    return sorted[Math.max(0, (int) Math.ceil(share * sorted.length) - 1)];
  }
}
