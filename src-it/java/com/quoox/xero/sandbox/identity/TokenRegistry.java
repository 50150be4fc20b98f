package com.quoox.xero.sandbox.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sandbox's access tokens and the Custom Connections (client id and secret per tenant) that get
 * them by client_credentials; OAuth 2.0 user grants get theirs through {@link RefreshTokens}.
 */
public final class TokenRegistry {

  /** Xero access tokens live 30 minutes. */
  public static final Duration TOKEN_LIFETIME = Duration.ofMinutes(30);

  /**
   * A Xero Custom Connection: one app credential bound to exactly one organisation, with the scopes
   * chosen for it in the developer portal.
   */
  public record CustomConnection(
      String clientId, String clientSecret, TenantConnection connection, Set<String> scopes)
      implements Authorisation {

    @Override
    public List<TenantConnection> connections() {
      return List.of(connection);
    }

    @Override
    public boolean impliesTenant() {
      return true;
    }

    /** A Custom Connection is ended in Xero's developer portal, not through the API. */
    @Override
    public boolean disconnect(UUID connectionId) {
      return false;
    }
  }

  /** What a bearer token grants, until when. */
  public record AccessGrant(Instant expiresAt, Authorisation authorisation) {
    public boolean expired() {
      return Instant.now().isAfter(expiresAt);
    }
  }

  private final Map<String, CustomConnection> connections = new ConcurrentHashMap<>();
  private final Map<String, AccessGrant> tokens = new ConcurrentHashMap<>();

  public void addConnection(CustomConnection connection) {
    if (connections.putIfAbsent(connection.clientId(), connection) != null) {
      throw new IllegalArgumentException("client id already used: " + connection.clientId());
    }
  }

  /** client_credentials grant: a fresh token when id and secret match a custom connection. */
  public Optional<String> issue(String clientId, String clientSecret) {
    CustomConnection connection = clientId == null ? null : connections.get(clientId);
    if (connection == null || !connection.clientSecret().equals(clientSecret)) {
      return Optional.empty();
    }
    return Optional.of(issue(connection));
  }

  /** A fresh 30-minute access token for whatever the authorisation allows. */
  public String issue(Authorisation authorisation) {
    String token = RandomToken.next();
    tokens.put(token, new AccessGrant(Instant.now().plus(TOKEN_LIFETIME), authorisation));
    return token;
  }

  public Optional<AccessGrant> grant(String token) {
    return token == null ? Optional.empty() : Optional.ofNullable(tokens.get(token));
  }

  /** How many access tokens were issued to reach the tenant, to test token caching. */
  public long issuedFor(UUID tenantId) {
    return tokens.values().stream()
        .filter(grant -> grant.authorisation().connectionTo(tenantId).isPresent())
        .count();
  }

  /** Makes every token that reaches the tenant expired, to test the module's token refresh. */
  public void expireTokens(UUID tenantId) {
    tokens.replaceAll(
        (token, grant) ->
            grant.authorisation().connectionTo(tenantId).isPresent()
                ? new AccessGrant(Instant.EPOCH, grant.authorisation())
                : grant);
  }
}
