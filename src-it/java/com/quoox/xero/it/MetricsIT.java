package com.quoox.xero.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.it.support.DeployedModule;
import com.quoox.xero.it.support.Eventually;
import com.quoox.xero.it.support.TestBusiness;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.DoublePredicate;
import org.junit.jupiter.api.Test;

/**
 * The module's meters as Prometheus scrapes them from WildFly's management interface ({@code
 * /metrics}, wildfly-config/configure-metrics.cli): per business, what was sent, parked and
 * retried, and the backlog; Xero's call latency and its remaining rate limits per tenant.
 */
class MetricsIT extends DeployedModule {

  @Test
  void sentParkedAndRetriedEntriesAreCountedForTheirBusinessExactly() {
    TestBusiness business = TestBusiness.connected(api);
    business.xero.failNext(3, 503); // one send: the call and fault tolerance's 2 immediate retries
    SaleCompleted retried = business.cafeSale();
    business.sell(retried);
    business.awaitSyncStatus(retried.saleNumber(), "SENT");
    SaleCompleted neverSold = business.cafeSale();
    // A refund of a sale Quoox never recorded cannot become a credit note: parked for a person.
    business.expect(
        200, api.fire("demo/refunds", business.refundOf(neverSold, "R-1", List.of(), "1.00")));
    business.awaitSyncStatus("R-1", "NEEDS_ATTENTION");

    awaitMetric("quoox_xero_entries_sent_total", business.id, v -> v == 1);
    awaitMetric("quoox_xero_entries_needs_attention_total", business.id, v -> v == 1);
    awaitMetric("quoox_xero_entries_retried_total", business.id, v -> v == 1);
  }

  @Test
  void backlogAndPauseOfABusinessAreGauged() {
    TestBusiness business = TestBusiness.connected(api);
    business.expect(200, api.post(business.path("dispatch/pause"), ""));
    business.sell(business.cafeSale());
    business.sell(business.cafeSale());

    awaitMetric("quoox_xero_backlog", business.id, v -> v == 2);
    awaitMetric("quoox_xero_paused", business.id, v -> v == 1);

    business.expect(200, api.post(business.path("dispatch/resume"), ""));
    business.awaitInvoices(2);
    awaitMetric("quoox_xero_backlog", business.id, v -> v == 0);
    awaitMetric("quoox_xero_paused", business.id, v -> v == 0);
  }

  @Test
  void xeroCallLatencyAndTheTenantsRemainingRateLimitsAreReported() {
    TestBusiness business = TestBusiness.connected(api);
    business.sell(business.cafeSale());
    business.awaitInvoices(1);

    String tenant = "tenant=\"" + business.xero.tenantId() + "\"";
    double minute =
        awaitMetric("quoox_xero_rate_limit_remaining", tenant + ",window=\"minute\"", v -> true);
    double day =
        awaitMetric("quoox_xero_rate_limit_remaining", tenant + ",window=\"day\"", v -> true);
    assertTrue(minute < 60, "Xero's X-MinLimit-Remaining after a call: " + minute);
    assertTrue(day < 5000, "Xero's X-DayLimit-Remaining after a call: " + day);
    String calls = scrape();
    assertTrue(calls.contains("quoox_xero_call_seconds_count{"), "a latency timer: " + calls);
  }

  /** Waits until the sample of {@code name} whose labels contain {@code label} matches. */
  private double awaitMetric(String name, String label, DoublePredicate matches) {
    String labels = label.contains("=") ? label : "business=\"" + label + "\"";
    return Eventually.await(
            name + "{" + labels + "}",
            Duration.ofSeconds(30),
            () -> Sample.of(scrape(), name, labels),
            sample -> sample.value() != null && matches.test(sample.value()))
        .value();
  }

  /** A sample's value (null when absent) and, for a failure's message, the module's meters. */
  private record Sample(Double value, String moduleMeters) {
    static Sample of(String scraped, String name, String labels) {
      String ours =
          scraped
              .lines()
              .filter(line -> line.contains("quoox_xero"))
              .collect(java.util.stream.Collectors.joining("\n"));
      return new Sample(sample(scraped, name, labels), ours);
    }
  }

  private static Double sample(String scraped, String name, String labels) {
    for (String line : scraped.split("\n")) {
      if (line.startsWith(name + "{") && line.contains(labels)) {
        return Double.valueOf(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return null;
  }

  private String scrape() {
    String port = System.getProperty("it.management.port", "9990");
    URI uri = URI.create("http://" + deploymentUrl.getHost() + ":" + port + "/metrics");
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode(), response.body());
      return response.body();
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
