package com.quoox.xero.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The sandbox's statistics at one moment: per tenant the calls let through, invoices stored, peaks
 * and 429s by problem; app-wide the busiest rolling minute. Two snapshots give a window's counts.
 */
record LimitsSnapshot(int appPeakPerMinute, Map<String, Tenant> tenants) {

  record Tenant(
      long calls, long invoices, int peakInFlight, int peakPerMinute, Map<String, Long> refused) {

    long refusedInAll() {
      return refused.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  static LimitsSnapshot of(JsonNode statistics) {
    Map<String, Tenant> tenants = new HashMap<>();
    for (JsonNode node : statistics.path("tenants")) {
      Map<String, Long> refused = new HashMap<>();
      node.path("refused")
          .fields()
          .forEachRemaining(e -> refused.put(e.getKey(), e.getValue().asLong()));
      tenants.put(
          node.path("tenantId").asText(),
          new Tenant(
              node.path("calls").asLong(),
              node.path("invoices").asLong(),
              node.path("peakInFlight").asInt(),
              node.path("peakPerMinute").asInt(),
              refused));
    }
    return new LimitsSnapshot(statistics.path("appPeakPerMinute").asInt(), tenants);
  }

  private Tenant tenant(String tenantId) {
    return tenants.getOrDefault(tenantId, new Tenant(0, 0, 0, 0, Map.of()));
  }

  long calls(Collection<String> tenantIds) {
    return tenantIds.stream().mapToLong(id -> tenant(id).calls()).sum();
  }

  long invoices(Collection<String> tenantIds) {
    return tenantIds.stream().mapToLong(id -> tenant(id).invoices()).sum();
  }

  long invoices(String tenantId) {
    return tenant(tenantId).invoices();
  }

  long refused(Collection<String> tenantIds) {
    return tenantIds.stream().mapToLong(id -> tenant(id).refusedInAll()).sum();
  }

  long refused(String problem) {
    return tenants.values().stream().mapToLong(t -> t.refused().getOrDefault(problem, 0L)).sum();
  }

  int peakInFlight() {
    return tenants.values().stream().mapToInt(Tenant::peakInFlight).max().orElse(0);
  }

  int peakPerMinute() {
    return tenants.values().stream().mapToInt(Tenant::peakPerMinute).max().orElse(0);
  }
}
