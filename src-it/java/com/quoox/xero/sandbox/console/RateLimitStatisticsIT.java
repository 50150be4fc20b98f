package com.quoox.xero.sandbox.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quoox.xero.sandbox.SandboxSetup;
import com.quoox.xero.sandbox.XeroSandbox;
import com.quoox.xero.sandbox.faults.NetworkLatency;
import com.quoox.xero.sandbox.faults.SandboxLimits;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * What a benchmark in another JVM relies on: {@code /_sandbox/statistics} reports the peaks and
 * refusals of Xero's limits, added latency counts as in flight, organisations are added and their
 * invoices' times read over HTTP.
 */
public class RateLimitStatisticsIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  public void statisticsShowPeaksAndTheLimitsRefusalsButNotQueuedFaults() throws Exception {
    // 3 a minute and 2 at once: small enough to reach each limit with a handful of calls.
    try (XeroSandbox sandbox =
        XeroSandbox.start(0, XeroSandbox.contract(), new SandboxLimits(3, 2, 100, 1000))) {
      String tenantId = sandbox.addCustomConnection("stats-client", "s", "Stats Ltd");
      String token = token(sandbox, "stats-client", "s");
      sandbox.tenant(tenantId).delayNext(2, Duration.ofMillis(1500));
      List<CompletableFuture<HttpResponse<String>>> slow = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        slow.add(HTTP.sendAsync(organisation(sandbox, tenantId, token), ofString()));
      }
      Thread.sleep(500);
      assertEquals(429, HTTP.send(organisation(sandbox, tenantId, token), ofString()).statusCode());
      for (var call : slow) {
        assertEquals(200, call.get().statusCode());
      }
      assertEquals(200, HTTP.send(organisation(sandbox, tenantId, token), ofString()).statusCode());
      assertEquals(429, HTTP.send(organisation(sandbox, tenantId, token), ofString()).statusCode());
      sandbox.tenant(tenantId).rateLimitNext(1, 3, "day");
      assertEquals(429, HTTP.send(organisation(sandbox, tenantId, token), ofString()).statusCode());

      JsonNode stats = statistics(sandbox);

      assertEquals(3, stats.get("appPeakPerMinute").asInt(), stats.toString());
      assertEquals(3, stats.get("calls").asLong());
      assertEquals(
          JSON.readTree("{\"minute\":1,\"concurrent\":1,\"appminute\":0,\"day\":0}"),
          stats.get("refused"));
      JsonNode tenant = stats.get("tenants").get(0);
      assertEquals(tenantId, tenant.get("tenantId").asText());
      assertEquals(2, tenant.get("peakInFlight").asInt());
      assertEquals(3, tenant.get("peakPerMinute").asInt());
      assertEquals(1, tenant.get("refused").get("concurrent").asLong());
      assertEquals(1, tenant.get("refused").get("minute").asLong());
    }
  }

  @Test
  public void latencyHoldsEachCallInFlightWithoutCappingHowManyRunAtOnce() throws Exception {
    // 25 at once allowed, 20 sent at once: more than the 16 threads a sandbox without latency has.
    SandboxSetup setup =
        new SandboxSetup(
            new SandboxLimits(100, 25, 1000, 1000),
            new NetworkLatency(Duration.ofSeconds(1), Duration.ZERO),
            false);
    try (XeroSandbox sandbox = XeroSandbox.start(0, XeroSandbox.contract(), setup)) {
      String tenantId = provision(sandbox, "slow-client", "s", "Far Away Ltd");
      long started = System.nanoTime();
      String token = token(sandbox, "slow-client", "s");
      assertTrue(System.nanoTime() - started >= 1_000_000_000L, "the token call waits too");
      List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        calls.add(HTTP.sendAsync(organisation(sandbox, tenantId, token), ofString()));
      }
      for (var call : calls) {
        assertEquals(200, call.get().statusCode());
      }

      JsonNode tenant = statistics(sandbox).get("tenants").get(0);

      assertEquals(20, tenant.get("peakInFlight").asInt(), tenant.toString());
      assertEquals(20, tenant.get("calls").asLong());
    }
  }

  @Test
  public void invoiceTimesOfAnUnknownTenantAreNotFound() throws Exception {
    try (XeroSandbox sandbox = XeroSandbox.start(0, XeroSandbox.contract())) {
      String tenantId = provision(sandbox, "times-client", "s", "Times Ltd");
      assertEquals("{}", get(sandbox, "/_sandbox/tenants/" + tenantId + "/invoice-times").body());
      assertEquals(
          404,
          get(sandbox, "/_sandbox/tenants/" + java.util.UUID.randomUUID() + "/invoice-times")
              .statusCode());
    }
  }

  /** As the benchmark adds organisations to a sandbox in another JVM. */
  private static String provision(
      XeroSandbox sandbox, String clientId, String secret, String organisation) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(
                        sandbox.baseUrl()
                            + "/_sandbox/custom-connections?clientId="
                            + clientId
                            + "&clientSecret="
                            + secret
                            + "&organisation="
                            + organisation.replace(" ", "+")))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            ofString());
    assertEquals(200, response.statusCode(), response.body());
    return JSON.readTree(response.body()).get("tenantId").asText();
  }

  private static HttpResponse<String> get(XeroSandbox sandbox, String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path)).build(), ofString());
  }

  private static JsonNode statistics(XeroSandbox sandbox) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/_sandbox/statistics")).build(),
            ofString());
    assertEquals(200, response.statusCode(), response.body());
    return JSON.readTree(response.body());
  }

  private static HttpRequest organisation(XeroSandbox sandbox, String tenantId, String token) {
    return HttpRequest.newBuilder(URI.create(sandbox.apiBaseUrl() + "/Organisation"))
        .header("Authorization", "Bearer " + token)
        .header("xero-tenant-id", tenantId)
        .header("Accept", "application/json")
        .build();
  }

  private static String token(XeroSandbox sandbox, String clientId, String secret)
      throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(sandbox.tokenUrl()))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build(),
            ofString());
    assertEquals(200, response.statusCode(), response.body());
    return JSON.readTree(response.body()).get("access_token").asText();
  }

  private static HttpResponse.BodyHandler<String> ofString() {
    return HttpResponse.BodyHandlers.ofString();
  }
}
