package com.quoox.xero.sandbox.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Xero's rotating refresh tokens (DESIGN §4): each use returns a new pair and retires the token
 * spent; the retired token still works for 30 minutes, answering the same pair, in case the answer
 * was lost — until that new refresh token is used itself. Unused tokens expire after 60 days.
 * Rotation of one grant is serialised on the grant, so concurrent refreshes rotate once.
 */
public final class RefreshTokens {

  public static final Duration GRACE = Duration.ofMinutes(30);
  public static final Duration LIFETIME = Duration.ofDays(60);

  /** One refresh token; once spent, the pair that replaced it. Guarded by its grant. */
  private static final class Entry {
    final UserGrant grant;
    volatile Instant expiresAt = Instant.now().plus(LIFETIME);
    TokenPair successor;
    Instant spentAt;

    Entry(UserGrant grant) {
      this.grant = grant;
    }
  }

  private final Map<String, Entry> tokens = new ConcurrentHashMap<>();
  private final TokenRegistry accessTokens;

  public RefreshTokens(TokenRegistry accessTokens) {
    this.accessTokens = accessTokens;
  }

  /**
   * The connection the sandbox's one user already has to {@code tenantId} through {@code
   * clientId}'s app, if any: Xero keeps one connection per user, app and organisation, so
   * connecting the same organisation again (for another business, say) shares it.
   */
  public Optional<TenantConnection> existingConnection(String clientId, UUID tenantId) {
    return tokens.values().stream()
        .map(e -> e.grant)
        .filter(g -> g.clientId().equals(clientId) && !g.revoked())
        .flatMap(g -> g.connections().stream())
        .filter(c -> c.tenantId().equals(tenantId))
        .findFirst();
  }

  /**
   * {@code DELETE /connections/{id}}: the connection ends for every grant of the user sharing it.
   */
  public void disconnectEverywhere(UUID connectionId) {
    tokens.values().stream().map(e -> e.grant).distinct().forEach(g -> g.disconnect(connectionId));
  }

  /** The first pair of a new grant (authorization code exchange). */
  public TokenPair start(UserGrant grant) {
    synchronized (grant) {
      return pairFor(grant);
    }
  }

  /** refresh_token grant: empty means invalid_grant (unknown, expired, revoked, other client). */
  public Optional<TokenPair> refresh(String refreshToken, String clientId) {
    Entry entry = refreshToken == null ? null : tokens.get(refreshToken);
    if (entry == null || !entry.grant.clientId().equals(clientId)) {
      return Optional.empty();
    }
    synchronized (entry.grant) {
      Instant now = Instant.now();
      if (entry.grant.revoked() || now.isAfter(entry.expiresAt)) {
        return Optional.empty();
      }
      if (entry.successor == null) {
        entry.successor = pairFor(entry.grant);
        entry.spentAt = now;
        entry.grant.countRefresh();
        return Optional.of(entry.successor);
      }
      boolean successorUnused = tokens.get(entry.successor.refreshToken()).successor == null;
      boolean inGrace = !now.isAfter(entry.spentAt.plus(GRACE));
      return successorUnused && inGrace ? Optional.of(entry.successor) : Optional.empty();
    }
  }

  /**
   * RFC 7009 revocation by the app that owns the token: ends its whole grant (every token rotated
   * from it), and Xero removes all of that user's connections to the app with it
   * (https://github.com/XeroAPI/xero-node/releases/tag/4.10.1) — in the sandbox, whose one user
   * made every grant, every connection of the app. Unknown tokens are ignored, as §2.2 asks.
   */
  public void revoke(String refreshToken, String clientId) {
    Entry entry = refreshToken == null ? null : tokens.get(refreshToken);
    if (entry != null && entry.grant.clientId().equals(clientId)) {
      synchronized (entry.grant) {
        entry.grant.revoke();
      }
      tokens.values().stream()
          .map(e -> e.grant)
          .filter(g -> g.clientId().equals(clientId))
          .distinct()
          .forEach(UserGrant::disconnectAll);
    }
  }

  /** Refreshes of every grant that authorised the tenant, for tests that never see the tokens. */
  public long refreshCountFor(UUID tenantId) {
    return grantsOf(tenantId).mapToLong(UserGrant::refreshes).sum();
  }

  /** How many consents still connect the app to the tenant (revocation and DELETE end them). */
  public long connectedGrantsFor(UUID tenantId) {
    return grantsOf(tenantId).filter(g -> !g.revoked()).count();
  }

  /**
   * As Xero does after 60 days unused: the tenant's refresh tokens stop working (invalid_grant).
   */
  public void expireFor(UUID tenantId) {
    tokens.values().stream()
        .filter(entry -> authorises(entry.grant, tenantId))
        .forEach(entry -> entry.expiresAt = Instant.EPOCH);
  }

  private java.util.stream.Stream<UserGrant> grantsOf(UUID tenantId) {
    return tokens.values().stream()
        .map(e -> e.grant)
        .distinct()
        .filter(g -> authorises(g, tenantId));
  }

  private static boolean authorises(UserGrant grant, UUID tenantId) {
    return grant.connections().stream().anyMatch(c -> c.tenantId().equals(tenantId));
  }

  /** How many times the grant of this refresh token (any of its family) was rotated. */
  public OptionalLong refreshCount(String refreshToken) {
    Entry entry = tokens.get(refreshToken);
    return entry == null ? OptionalLong.empty() : OptionalLong.of(entry.grant.refreshes());
  }

  private TokenPair pairFor(UserGrant grant) {
    String access = accessTokens.issue(grant);
    Instant accessExpiresAt = accessTokens.grant(access).orElseThrow().expiresAt();
    String refresh = null;
    if (grant.offline()) {
      refresh = RandomToken.next();
      tokens.put(refresh, new Entry(grant));
    }
    return new TokenPair(access, accessExpiresAt, refresh, grant.scope());
  }
}
