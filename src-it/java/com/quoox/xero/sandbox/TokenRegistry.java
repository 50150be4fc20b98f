package com.quoox.xero.sandbox;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sandbox's identity server state: custom connections (client id and secret per tenant) and the
 * access tokens issued to them.
 */
final class TokenRegistry {

  /** Xero access tokens live 30 minutes. */
  static final Duration TOKEN_LIFETIME = Duration.ofMinutes(30);

  /** A Xero Custom Connection: one app credential bound to exactly one organisation. */
  record CustomConnection(String clientId, String clientSecret, UUID tenantId, UUID connectionId) {}

  /** What a bearer token grants. */
  record AccessGrant(UUID tenantId, Instant expiresAt, CustomConnection connection) {
    boolean expired() {
      return Instant.now().isAfter(expiresAt);
    }
  }

  private final Map<String, CustomConnection> connections = new ConcurrentHashMap<>();
  private final Map<String, AccessGrant> tokens = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();

  void addConnection(CustomConnection connection) {
    if (connections.putIfAbsent(connection.clientId(), connection) != null) {
      throw new IllegalArgumentException("client id already used: " + connection.clientId());
    }
  }

  /** client_credentials grant: a fresh token when id and secret match a custom connection. */
  Optional<String> issue(String clientId, String clientSecret) {
    CustomConnection connection = clientId == null ? null : connections.get(clientId);
    if (connection == null || !connection.clientSecret().equals(clientSecret)) {
      return Optional.empty();
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    tokens.put(
        token,
        new AccessGrant(connection.tenantId(), Instant.now().plus(TOKEN_LIFETIME), connection));
    return Optional.of(token);
  }

  Optional<AccessGrant> grant(String token) {
    return token == null ? Optional.empty() : Optional.ofNullable(tokens.get(token));
  }

  /** How many access tokens the tenant's connection has been issued, to test token caching. */
  long issuedFor(UUID tenantId) {
    return tokens.values().stream().filter(grant -> grant.tenantId().equals(tenantId)).count();
  }

  /** Makes every token of the tenant expired, to test the module's token refresh. */
  void expireTokens(UUID tenantId) {
    tokens.replaceAll(
        (token, grant) ->
            grant.tenantId().equals(tenantId)
                ? new AccessGrant(grant.tenantId(), Instant.EPOCH, grant.connection())
                : grant);
  }
}
