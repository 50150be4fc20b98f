package com.quoox.xero.sandbox.faults;

/**
 * Xero's per-tenant and per-app call budgets, as a value so a benchmark can start a sandbox with
 * other limits.
 *
 * @param perMinute calls per tenant per rolling minute (Xero: 60)
 * @param concurrent calls per tenant in flight at once (Xero: 5)
 * @param perDay calls per tenant per rolling day (Xero: 5,000)
 * @param appPerMinute calls per rolling minute across all tenants (Xero: 10,000)
 */
public record SandboxLimits(int perMinute, int concurrent, int perDay, int appPerMinute) {

  public SandboxLimits {
    if (perMinute < 1 || concurrent < 1 || perDay < 1 || appPerMinute < 1) {
      throw new IllegalArgumentException("every limit must be at least 1");
    }
  }

  /** The limits Xero documents for the Accounting API. */
  public static SandboxLimits xero() {
    return new SandboxLimits(60, 5, 5_000, 10_000);
  }
}
