package com.quoox.xero.xeroapi;

import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.client.http.HttpResponse;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures every Accounting API call the SDK makes, through its HTTP client's hooks: the latency of
 * each answered call ({@code quoox_xero_call_seconds}, by HTTP method and status) and the calls
 * left in the tenant's minute and day as Xero's {@code X-MinLimit-Remaining} and {@code
 * X-DayLimit-Remaining} headers report them ({@code quoox_xero_rate_limit_remaining}, DESIGN §4).
 */
@ApplicationScoped
public class XeroCallMeter implements HttpRequestInitializer {

  private static final Map<String, String> LIMITS =
      Map.of("minute", "X-MinLimit-Remaining", "day", "X-DayLimit-Remaining");

  @Inject MeterRegistry registry;

  private final Map<String, AtomicLong> remaining = new ConcurrentHashMap<>();

  @Override
  public void initialize(HttpRequest request) {
    long[] startedAt = new long[1];
    request.setInterceptor(r -> startedAt[0] = System.nanoTime());
    request.setResponseInterceptor(response -> answered(response, startedAt[0]));
  }

  private void answered(HttpResponse response, long startedAt) {
    // The registry's public methods only: the injected registry is a CDI proxy, and the meter
    // builders' register(registry) calls package-private methods that a proxy cannot pass on.
    registry
        .timer(
            "quoox.xero.call",
            "method",
            response.getRequest().getRequestMethod(),
            "status",
            String.valueOf(response.getStatusCode()))
        .record(System.nanoTime() - startedAt, TimeUnit.NANOSECONDS);
    String tenant = response.getRequest().getHeaders().getFirstHeaderStringValue("xero-tenant-id");
    LIMITS.forEach(
        (window, header) -> {
          String value = response.getHeaders().getFirstHeaderStringValue(header);
          if (value != null && value.matches("\\d{1,9}")) {
            gauge(tenant == null ? "none" : tenant, window).set(Long.parseLong(value));
          }
        });
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
