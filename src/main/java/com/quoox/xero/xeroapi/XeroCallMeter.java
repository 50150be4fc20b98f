package com.quoox.xero.xeroapi;

import com.google.api.client.http.LowLevelHttpResponse;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures every Accounting API call Xero answered ({@link MeteredTransport}): its latency ({@code
 * quoox_xero_call_seconds}, by HTTP method and status) and the calls left in the tenant's minute
 * and day as Xero's {@code X-MinLimit-Remaining} and {@code X-DayLimit-Remaining} headers report
 * them ({@code quoox_xero_rate_limit_remaining}, DESIGN §4), which it also hands to {@link
 * XeroCallBudget}. Only the registry's public methods are used: the injected registry is a CDI
 * proxy, and the meter builders' {@code register} calls package-private methods that a proxy does
 * not pass on.
 */
@ApplicationScoped
public class XeroCallMeter {

  private static final Map<String, String> LIMITS =
      Map.of("X-MinLimit-Remaining", "minute", "X-DayLimit-Remaining", "day");

  @Inject MeterRegistry registry;

  @Inject XeroCallBudget budget;

  private final Map<String, AtomicLong> remaining = new ConcurrentHashMap<>();

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
            gauge(tenant == null ? "none" : tenant, window).set(value);
          }
        });
    Long retryAfter = left.get("retry-after");
    budget.answered(
        tenant,
        left.get("x-minlimit-remaining"),
        left.get("x-daylimit-remaining"),
        left.get("x-appminlimit-remaining"),
        response.getStatusCode() == 429 && retryAfter != null
            ? Duration.ofSeconds(retryAfter)
            : null);
  }

  private AtomicLong gauge(String tenant, String window) {
    return remaining.computeIfAbsent(
        tenant + " " + window,
        key ->
            registry.gauge(
                "quoox.xero.rate.limit.remaining",
                Tags.of("tenant", tenant, "window", window),
                new AtomicLong(),
                AtomicLong::get));
  }
}
