package com.quoox.xero.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.it.support.DatabaseIndependent;
import com.quoox.xero.it.support.DeployedModule;
import com.quoox.xero.it.support.Eventually;
import com.quoox.xero.it.support.ServerConfiguration;
import com.quoox.xero.it.support.TestBusiness;
import java.io.IOException;
import java.net.Authenticator;
import java.net.HttpURLConnection;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.DoublePredicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The module's meters as Prometheus scrapes them from WildFly's management interface ({@code
 * /metrics}, wildfly-config/configure-metrics.cli), signed in as a management user: what was sent,
 * parked and retried, and the backlog; Xero's call latency and its remaining rate limits. Per
 * business and tenant only with {@code quoox.xero.metrics.per-business-labels}, which the tests
 * switch on (and off) on the running server.
 */
@DatabaseIndependent
class MetricsIT extends DeployedModule {

  private static final String PER_BUSINESS = "quoox.xero.metrics.per-business-labels";
  private static final String SCRAPER = "it-metrics-scraper";
  private static final String SCRAPER_PASSWORD = "it-metrics-scraper-password";

  @BeforeEach
  void namePerBusiness() {
    ServerConfiguration.set(PER_BUSINESS, "true");
  }

  @AfterEach
  void backToTheDefault() {
    ServerConfiguration.remove(PER_BUSINESS);
  }

  @Test
  void metricsAreRefusedToWhoeverHasNotSignedIn() throws IOException {
    HttpURLConnection anonymous = (HttpURLConnection) metricsUri().toURL().openConnection();
    assertEquals(401, anonymous.getResponseCode());
  }

  @Test
  void byDefaultNoSeriesNamesABusinessOrItsXeroTenant() {
    ServerConfiguration.remove(PER_BUSINESS);
    double sentBefore = sentToAll();
    TestBusiness business = TestBusiness.connected(api);
    SaleCompleted sale = business.cafeSale();
    business.sell(sale);
    business.awaitSyncStatus(sale.saleNumber(), "SENT");

    awaitMetric("quoox_xero_entries_sent_total", "all", v -> v >= sentBefore + 1);
    awaitMetric("quoox_xero_rate_limit_remaining", "tenant=\"all\",window=\"minute\"", v -> true);
    String scraped = scrape();
    assertFalse(scraped.contains(business.id), "the business is named in: " + scraped);
    assertFalse(
        scraped.contains(business.xero.tenantId()), "its Xero tenant is named in: " + scraped);
  }

  private double sentToAll() {
    Double sent = sample(scrape(), "quoox_xero_entries_sent_total", "business=\"all\"");
    return sent == null ? 0 : sent;
  }

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
  private static final String OUR_DEPLOYMENT = "WF_DEPLOYMENT=\"quoox-xero.war\"";

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

  /**
   * The module's own sample: the shared test server may still hold the meters of another deployment
   * (a host WAR with the module inside), labelled with that deployment.
   */
  private static Double sample(String scraped, String name, String labels) {
    for (String line : scraped.split("\n")) {
      if (line.startsWith(name + "{")
          && line.contains(labels)
          && (!line.contains("WF_DEPLOYMENT=") || line.contains(OUR_DEPLOYMENT))) {
        return Double.valueOf(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return null;
  }

  private URI metricsUri() {
    String port = System.getProperty("it.management.port", "9990");
    return URI.create("http://" + deploymentUrl.getHost() + ":" + port + "/metrics");
  }

  /**
   * Signed in as the management user: WildFly's management interface asks for HTTP Digest, which
   * the JDK's HttpURLConnection answers (its HttpClient knows only Basic).
   */
  private String scrape() {
    try {
      HttpURLConnection connection = (HttpURLConnection) metricsUri().toURL().openConnection();
      connection.setAuthenticator(
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(SCRAPER, SCRAPER_PASSWORD.toCharArray());
            }
          });
      assertEquals(200, connection.getResponseCode());
      try (var body = connection.getInputStream()) {
        return new String(body.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
