package com.quoox.xero.connection;

import com.quoox.xero.xeroapi.AccessToken;
import com.quoox.xero.xeroapi.XeroIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands out sessions for connected businesses. A Custom Connection's token lives 30 minutes and is
 * cached until a minute before it expires, so a busy business costs one token request per ~29
 * minutes, not one per sale.
 */
@ApplicationScoped
public class XeroSessions {

  /** Renew this long before Xero's expiry so a token never dies mid-request. */
  private static final Duration EARLY_RENEWAL = Duration.ofMinutes(1);

  @Inject ConnectionRepository connections;

  @Inject SecretCipher cipher;

  @Inject XeroIdentity identity;

  private final Map<String, CachedToken> tokens = new ConcurrentHashMap<>();

  /** A session for the business, or empty when it is not connected to Xero. */
  public Optional<XeroSession> open(String businessId) {
    return connections.find(businessId).map(this::sessionFor);
  }

  /** Xero refused the cached token (401): the next session fetches a new one. */
  public void tokenRefused(String businessId) {
    tokens.remove(businessId);
  }

  /** Forgets a disconnected business's token. */
  public void forget(String businessId) {
    tokens.remove(businessId);
  }

  private XeroSession sessionFor(XeroConnection connection) {
    String businessId = connection.getBusinessId();
    CachedToken cached = tokens.get(businessId);
    if (cached == null || !cached.usableFor(connection)) {
      String secret = cipher.decrypt(connection.getClientSecretEncrypted(), businessId);
      AccessToken token = identity.clientCredentials(connection.getClientId(), secret);
      cached =
          new CachedToken(
              connection.getClientId(),
              token.value(),
              Instant.now().plus(token.expiresIn()).minus(EARLY_RENEWAL));
      tokens.put(businessId, cached);
    }
    return new XeroSession(businessId, cached.token(), connection.getTenantId());
  }

  /** A token and the client it was issued to, so a changed connection never reuses it. */
  private record CachedToken(String clientId, String token, Instant renewAt) {
    boolean usableFor(XeroConnection connection) {
      return clientId.equals(connection.getClientId()) && Instant.now().isBefore(renewAt);
    }
  }
}
