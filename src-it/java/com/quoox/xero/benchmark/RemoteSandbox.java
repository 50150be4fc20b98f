package com.quoox.xero.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The sandbox's JVM as the benchmark uses it over HTTP: adding organisations, the limits'
 * statistics, and when each invoice was stored (same machine, same clock as the sales).
 */
final class RemoteSandbox {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String baseUrl;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  RemoteSandbox(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  String baseUrl() {
    return baseUrl;
  }

  boolean answers() {
    try {
      return send(HttpRequest.newBuilder(uri("/_sandbox/statistics"))).statusCode() == 200;
    } catch (IllegalStateException down) {
      return false;
    }
  }

  /** Adds an organisation reachable by this Custom Connection; answers its tenant id. */
  String addCustomConnection(String clientId, String secret, String organisation) {
    String query =
        "?clientId="
            + encoded(clientId)
            + "&clientSecret="
            + encoded(secret)
            + "&organisation="
            + encoded(organisation);
    return json(HttpRequest.newBuilder(uri("/_sandbox/custom-connections" + query))
            .POST(HttpRequest.BodyPublishers.noBody()))
        .get("tenantId")
        .asText();
  }

  LimitsSnapshot statistics() {
    return LimitsSnapshot.of(json(HttpRequest.newBuilder(uri("/_sandbox/statistics"))));
  }

  /** Sale number (the invoice's Reference) → when the sandbox stored its invoice. */
  Map<String, Instant> invoiceTimes(String tenantId) {
    JsonNode times =
        json(HttpRequest.newBuilder(uri("/_sandbox/tenants/" + tenantId + "/invoice-times")));
    Map<String, Instant> byReference = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = times.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      byReference.put(entry.getKey(), Instant.ofEpochMilli(entry.getValue().asLong()));
    }
    return byReference;
  }

  private JsonNode json(HttpRequest.Builder request) {
    HttpResponse<String> response = send(request);
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "sandbox answered " + response.statusCode() + ": " + response.body());
    }
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(
          request.timeout(Duration.ofMinutes(1)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("sandbox at " + baseUrl + " unreachable", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create(baseUrl + path);
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
