package com.quoox.xero.xeroapi;

import com.google.api.client.http.LowLevelHttpResponse;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures every Accounting API call Xero answered ({@link MeteredTransport}): its latency ({@code
 * quoox_xero_call_seconds}, by HTTP method and status) and the calls left in the tenant's minute
 * and day as Xero's {@code X-MinLimit-Remaining} and {@code X-DayLimit-Remaining} headers report
 * them ({@code quoox_xero_rate_limit_remaining}, DESIGN §4), which it also hands to {@link
 * XeroCallBudget}. Tenants are named only when {@link MeterLabels} says so. Only the registry's
 * public methods are used: the injected registry is a CDI proxy, and the meter builders' {@code
 * register} calls package-private methods that a proxy does not pass on.
 */
@ApplicationScoped
public class XeroCallMeter {

  private static final Map<String, String> LIMITS =
      Map.of("X-MinLimit-Remaining", "minute", "X-DayLimit-Remaining", "day");

  @Inject MeterRegistry registry;

  @Inject XeroCallBudget budget;

  @Inject MeterLabels labels;

  /** The last figure of each tenant and window ("tenant window"), named or not in the series. */
  private final Map<String, AtomicLong> remaining = new ConcurrentHashMap<>();

  private final Set<String> gauged = ConcurrentHashMap.newKeySet();

  void answered(String method, LowLevelHttpResponse response, long nanos, String tenant)
      throws IOException {
    registry
        .timer("quoox.xero.call", "method", method, "status", "" + response.getStatusCode())
        .record(nanos, TimeUnit.NANOSECONDS);
    Map<String, Long> left = new HashMap<>();
    for (int i = 0; i < response.getHeaderCount(); i++) {
      String name = response.getHeaderName(i);
      String value = response.getHeaderValue(i);
      if (name != null && value != null && value.matches("\\d{1,9}")) {
        left.put(name.toLowerCase(Locale.ROOT), Long.parseLong(value));
      }
    }
    LIMITS.forEach(
        (header, window) -> {
          Long value = left.get(header.toLowerCase(Locale.ROOT));
          if (value != null) {
            remember(tenant == null ? "none" : tenant, window, value);
          }
        });
    Long retryAfter = left.get("retry-after");
    budget.answered(
        tenant,
        Instant.now(),
        left.get("x-minlimit-remaining"),
        left.get("x-daylimit-remaining"),
        left.get("x-appminlimit-remaining"),
        response.getStatusCode() == 429 && retryAfter != null
            ? Duration.ofSeconds(retryAfter)
            : null);
  }

  /** Keeps the tenant's figure, and registers the series that shows it (or all tenants'). */
  private void remember(String tenant, String window, long value) {
    remaining.computeIfAbsent(tenant + " " + window, key -> new AtomicLong()).set(value);
    String label = labels.of(tenant);
    if (gauged.add(label + " " + window)) {
      registry.gauge(
          "quoox.xero.rate.limit.remaining",
          Tags.of("tenant", label, "window", window),
          this,
          meter -> meter.remaining(label, window));
    }
  }

  /**
   * A tenant's calls left in the window; for {@link MeterLabels#ALL} the fewest any tenant has
   * left, the one figure worth alerting on when tenants are not named.
   */
  private double remaining(String label, String window) {
    if (MeterLabels.ALL.equals(label)) {
      return remaining.entrySet().stream()
          .filter(e -> e.getKey().endsWith(" " + window))
          .mapToLong(e -> e.getValue().get())
          .min()
          .orElse(0);
    }
    AtomicLong value = remaining.get(label + " " + window);
    return value == null ? 0 : value.get();
  }
}
