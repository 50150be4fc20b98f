package com.quoox.xero.sandbox;

import com.quoox.xero.sandbox.faults.NetworkLatency;
import com.quoox.xero.sandbox.faults.SandboxLimits;

/**
 * How a sandbox behaves beyond its port and contract: Xero's limits, the network latency added to
 * each call, and whether requests are checked against the OpenAPI contract (on for tests; a
 * benchmark may switch it off so the check's CPU does not weigh on the module it measures).
 */
public record SandboxSetup(SandboxLimits limits, NetworkLatency latency, boolean checksContract) {

  /** As tests use it: Xero's limits, no added latency, every request checked. */
  public static SandboxSetup forTests(SandboxLimits limits) {
    return new SandboxSetup(limits, NetworkLatency.NONE, true);
  }
}
