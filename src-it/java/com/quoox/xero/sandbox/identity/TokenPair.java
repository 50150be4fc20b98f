package com.quoox.xero.sandbox.identity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.quoox.xero.sandbox.http.XeroJson;
import java.time.Duration;
import java.time.Instant;

/**
 * What the token endpoint answers to a user's app: an access token, the refresh token that replaces
 * the one spent (null without offline_access) and the granted scope, in Xero's JSON shape.
 */
public record TokenPair(
    String accessToken, Instant accessExpiresAt, String refreshToken, String scope) {

  public String json() {
    ObjectNode body = XeroJson.object();
    body.put("access_token", accessToken);
    // A replay within the grace window returns the same access token, so count from now (rounded
    // up, so a fresh token says 1800 as Xero's do).
    long millisLeft = Duration.between(Instant.now(), accessExpiresAt).toMillis();
    body.put("expires_in", Math.max(0, (millisLeft + 999) / 1000));
    body.put("token_type", "Bearer");
    if (refreshToken != null) {
      body.put("refresh_token", refreshToken);
    }
    body.put("scope", scope);
    return XeroJson.write(body);
  }
}
