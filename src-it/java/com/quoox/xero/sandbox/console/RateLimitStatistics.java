package com.quoox.xero.sandbox.console;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.quoox.xero.sandbox.SandboxTenant;
import com.quoox.xero.sandbox.faults.RollingWindow;
import com.quoox.xero.sandbox.faults.TenantRateLimiter;
import com.quoox.xero.sandbox.http.XeroJson;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /_sandbox/statistics}: what Xero's limits saw since the sandbox started, so a benchmark or
 * a test in another JVM can check that a module kept within them. App-wide: the most calls in any
 * rolling minute and the 429s by problem; per tenant: calls let through, invoices stored, the most
 * in flight at once and in any rolling minute, and its 429s by problem. Only refusals of the limits
 * count here, not 429s a test queued as faults.
 */
final class RateLimitStatistics {

  /** Xero's X-Rate-Limit-Problem values, always listed so a reader needs no defaults. */
  static final List<String> PROBLEMS = List.of("minute", "concurrent", "appminute", "day");

  private final Map<UUID, SandboxTenant> tenants;
  private final RollingWindow appMinute;

  RateLimitStatistics(Map<UUID, SandboxTenant> tenants, RollingWindow appMinute) {
    this.tenants = tenants;
    this.appMinute = appMinute;
  }

  ObjectNode json() {
    ObjectNode root = XeroJson.MAPPER.createObjectNode();
    root.put("appPeakPerMinute", appMinute.peak());
    ObjectNode appRefused = root.putObject("refused");
    PROBLEMS.forEach(problem -> appRefused.put(problem, 0L));
    long calls = 0;
    var list = root.putArray("tenants");
    for (SandboxTenant tenant : tenants.values()) {
      TenantRateLimiter.Statistics seen = tenant.limiter.statistics();
      calls += seen.calls();
      ObjectNode node = list.addObject();
      node.put("tenantId", tenant.tenantId());
      node.put("organisation", tenant.name());
      node.put("calls", seen.calls());
      node.put("invoices", tenant.invoiceCount());
      node.put("peakInFlight", seen.peakInFlight());
      node.put("peakPerMinute", seen.peakPerMinute());
      ObjectNode refused = node.putObject("refused");
      for (String problem : PROBLEMS) {
        long count = seen.refused().getOrDefault(problem, 0L);
        refused.put(problem, count);
        appRefused.put(problem, appRefused.get(problem).asLong() + count);
      }
    }
    root.put("calls", calls);
    return root;
  }
}
