package com.quoox.xero.connection;

import com.quoox.xero.xeroapi.AccessToken;
import com.quoox.xero.xeroapi.XeroIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands out sessions for connected businesses, whatever the connection mode. Tokens are cached in
 * memory until a minute before they expire, so a busy business costs one token request per ~29
 * minutes, not one per sale: a Custom Connection asks for a new client-credentials token, an OAuth
 * 2.0 connection refreshes through {@link OAuth2Tokens} under its row lock.
 */
@ApplicationScoped
public class XeroSessions {

  @Inject ConnectionRepository connections;

  @Inject SecretCipher cipher;

  @Inject XeroIdentity identity;

  @Inject OAuth2Tokens oauth2Tokens;

  private final Map<String, CachedToken> tokens = new ConcurrentHashMap<>();

  /**
   * A session for the business, or empty when it is not connected to Xero.
   *
   * @throws ConnectionNotUsable when the user must act first (reconnect, choose the organisation)
   */
  public Optional<XeroSession> open(String businessId) {
    return connections.find(businessId).map(this::sessionFor);
  }

  /** Xero refused the session's token (401): the next session gets a new one. */
  public void tokenRefused(XeroSession session) {
    tokens.remove(session.businessId());
    connections
        .find(session.businessId())
        .filter(c -> c.getMode() == ConnectionMode.OAUTH2)
        .ifPresent(c -> oauth2Tokens.refused(session.businessId(), session.accessToken()));
  }

  /** Forgets a disconnected or reconnected business's token. */
  public void forget(String businessId) {
    tokens.remove(businessId);
  }

  private XeroSession sessionFor(XeroConnection connection) {
    OAuth2Tokens.requireUsable(connection);
    String businessId = connection.getBusinessId();
    CachedToken cached = tokens.get(businessId);
    if (cached == null || !cached.usableFor(connection)) {
      cached =
          switch (connection.getMode()) {
            case CUSTOM_CONNECTION -> clientCredentialsToken(connection);
            case OAUTH2 -> oauth2Token(connection);
          };
      tokens.put(businessId, cached);
    }
    return new XeroSession(businessId, cached.token(), connection.getTenantId());
  }

  private CachedToken clientCredentialsToken(XeroConnection connection) {
    String secret =
        cipher.decrypt(connection.getClientSecretEncrypted(), connection.getBusinessId());
    AccessToken token = identity.clientCredentials(connection.getClientId(), secret);
    return new CachedToken(
        connection.getMode(),
        connection.getClientId(),
        token.value(),
        Instant.now().plus(token.expiresIn()).minus(OAuth2Tokens.EARLY_RENEWAL));
  }

  private CachedToken oauth2Token(XeroConnection connection) {
    OAuth2Tokens.LiveToken live = oauth2Tokens.liveToken(connection.getBusinessId());
    return new CachedToken(
        connection.getMode(),
        null,
        live.value(),
        live.expiresAt().minus(OAuth2Tokens.EARLY_RENEWAL));
  }

  /** A token and what it was issued for, so a changed connection never reuses it. */
  private record CachedToken(ConnectionMode mode, String clientId, String token, Instant renewAt) {
    boolean usableFor(XeroConnection connection) {
      return mode == connection.getMode()
          && java.util.Objects.equals(clientId, connection.getClientId())
          && Instant.now().isBefore(renewAt);
    }
  }
}
