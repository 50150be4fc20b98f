package com.quoox.xero.sandbox.faults;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The round trip a call to the real Xero takes, added to every Accounting and Identity API call:
 * {@code mean} plus or minus up to {@code jitter}, drawn uniformly, so a benchmark sees a module
 * wait on the network as it would in production. {@link #NONE} for tests.
 */
public record NetworkLatency(Duration mean, Duration jitter) {

  public static final NetworkLatency NONE = new NetworkLatency(Duration.ZERO, Duration.ZERO);

  public NetworkLatency {
    if (mean.isNegative() || jitter.isNegative() || jitter.compareTo(mean) > 0) {
      throw new IllegalArgumentException("need 0 <= jitter <= mean, not " + mean + " ± " + jitter);
    }
  }

  public boolean isNone() {
    return mean.isZero();
  }

  /** Holds the calling thread for one draw of the latency. */
  public void pause() throws InterruptedException {
    if (isNone()) {
      return;
    }
    long spread = jitter.toMillis();
    long offset = spread == 0 ? 0 : ThreadLocalRandom.current().nextLong(-spread, spread + 1);
    Thread.sleep(mean.toMillis() + offset);
  }

  @Override
  public String toString() {
    return isNone() ? "none" : mean.toMillis() + " ms ± " + jitter.toMillis() + " ms (uniform)";
  }
}
