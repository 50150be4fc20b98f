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
    return accessTokenOf(token(clientId, clientSecret, form("grant_type", "client_credentials")));
  }

  /** OAuth 2.0 code exchange (RFC 6749 §4.1.3) with the PKCE verifier (RFC 7636 §4.5). */
  public TokenGrant authorizationCode(
      String clientId, String clientSecret, String code, String verifier, String redirectUri) {
    String body =
        form("grant_type", "authorization_code")
            + "&"
            + form("code", code)
            + "&"
            + form("redirect_uri", redirectUri)
            + "&"
            + form("code_verifier", verifier);
    return grantOf(token(clientId, clientSecret, body));
  }

  /**
   * Spends a refresh token for a new pair (RFC 6749 §6). Xero rotates refresh tokens: the answer
   * holds the only refresh token that works from now on.
   */
  public TokenGrant refresh(String clientId, String clientSecret, String refreshToken) {
    String body = form("grant_type", "refresh_token") + "&" + form("refresh_token", refreshToken);
    return grantOf(token(clientId, clientSecret, body));
  }

  /** Removes the app's connection to one organisation ({@code DELETE /connections/{id}}). */
  public void deleteConnection(String accessToken, String connectionId) {
    send(
        HttpRequest.newBuilder(URI.create(endpoints.connectionsUrl() + "/" + connectionId))
            .timeout(endpoints.httpTimeout())
            .header("Authorization", "Bearer " + accessToken)
            .DELETE()
            .build());
  }

  private JsonObject token(String clientId, String clientSecret, String formBody) {
    return send(clientAuthenticated(URI.create(endpoints.tokenUrl()), clientId, clientSecret)
            .POST(HttpRequest.BodyPublishers.ofString(formBody))
            .build())
        .asJsonObject();
  }

  private HttpRequest.Builder clientAuthenticated(URI uri, String clientId, String clientSecret) {
    String basic =
        Base64.getEncoder()
            .encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(uri)
        .timeout(endpoints.httpTimeout())
        .header("Authorization", "Basic " + basic)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json");
  }

  private static AccessToken accessTokenOf(JsonObject body) {
    return new AccessToken(
        body.getString("access_token"),
        Duration.ofSeconds(body.getJsonNumber("expires_in").longValue()),
        body.getString("scope", null));
  }

  private static TokenGrant grantOf(JsonObject body) {
    return new TokenGrant(accessTokenOf(body), body.getString("refresh_token"));
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
        .map(
            c ->
                new XeroTenant(
                    c.getString("id", null),
                    c.getString("tenantId"),
                    c.getString("tenantName", null)))
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
      throw new XeroIdentityException(
          response.statusCode(), oauthErrorOf(response.body()), errorOf(response));
    }
    if (response.body() == null || response.body().isBlank()) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.read();
    }
  }

  /** Xero's own words: the OAuth {@code error} code, or the body as it came. */
  private static String errorOf(HttpResponse<String> response) {
    String body = response.body() == null ? "" : response.body();
    String error = oauthErrorOf(body);
    if (error != null) {
      return "Xero answered " + response.statusCode() + ": " + error;
    }
    String shown = body.length() > 300 ? body.substring(0, 300) + "…" : body;
    return "Xero answered " + response.statusCode() + (shown.isBlank() ? "" : ": " + shown);
  }

  /** The {@code error} of an OAuth error answer (RFC 6749 §5.2), or null. */
  private static String oauthErrorOf(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject().getString("error", null);
    } catch (RuntimeException notJson) {
      return null;
    }
  }

  private static String form(String name, String value) {
    return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
