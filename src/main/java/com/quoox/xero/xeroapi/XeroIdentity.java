package com.quoox.xero.xeroapi;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * Xero's identity endpoints: the token endpoint and {@code /connections}. The SDK has no client for
 * these, so they are plain HTTP with the JDK client.
 */
@ApplicationScoped
public class XeroIdentity {

  @Inject XeroEndpoints endpoints;

  private HttpClient http;

  @PostConstruct
  void init() {
    http = HttpClient.newBuilder().connectTimeout(endpoints.httpTimeout()).build();
  }

  /** A Custom Connection's token: client credentials, no refresh token (DESIGN §3). */
  public AccessToken clientCredentials(String clientId, String clientSecret) {
    String basic =
        Base64.getEncoder()
            .encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(endpoints.tokenUrl()))
            .timeout(endpoints.httpTimeout())
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(form("grant_type", "client_credentials")))
            .build();
    JsonObject body = send(request).asJsonObject();
    return new AccessToken(
        body.getString("access_token"),
        Duration.ofSeconds(body.getJsonNumber("expires_in").longValue()));
  }

  /** The organisations this token may act for. */
  public List<XeroTenant> connections(String accessToken) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(endpoints.connectionsUrl()))
            .timeout(endpoints.httpTimeout())
            .header("Authorization", "Bearer " + accessToken)
            .header("Accept", "application/json")
            .GET()
            .build();
    return send(request).asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .map(c -> new XeroTenant(c.getString("tenantId"), c.getString("tenantName", null)))
        .toList();
  }

  private JsonStructure send(HttpRequest request) {
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new XeroIdentityException(
          0, "Xero's identity service could not be reached: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new XeroIdentityException(0, "Interrupted while calling Xero's identity service");
    }
    if (response.statusCode() / 100 != 2) {
      throw new XeroIdentityException(response.statusCode(), errorOf(response));
    }
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.read();
    }
  }

  /** Xero's own words: the OAuth {@code error} code, or the body as it came. */
  private static String errorOf(HttpResponse<String> response) {
    String body = response.body() == null ? "" : response.body();
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      JsonObject json = reader.readObject();
      String error = json.getString("error", null);
      if (error != null) {
        return "Xero answered " + response.statusCode() + ": " + error;
      }
    } catch (RuntimeException notJson) {
      // fall through to the raw body
    }
    String shown = body.length() > 300 ? body.substring(0, 300) + "…" : body;
    return "Xero answered " + response.statusCode() + (shown.isBlank() ? "" : ": " + shown);
  }

  private static String form(String name, String value) {
    return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
