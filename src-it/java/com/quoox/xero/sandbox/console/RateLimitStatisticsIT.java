package com.quoox.xero.sandbox.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quoox.xero.sandbox.XeroSandbox;
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
 * {@code /_sandbox/statistics} reports, over HTTP, the peaks and refusals of Xero's limits that a
 * benchmark or a test in another JVM checks a module against.
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
