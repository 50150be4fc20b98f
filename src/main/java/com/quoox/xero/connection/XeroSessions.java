package com.quoox.xero.connection;

import com.quoox.xero.xeroapi.AccessToken;
import com.quoox.xero.xeroapi.PrivateAppSigning;
import com.quoox.xero.xeroapi.XeroAccounting;
import com.quoox.xero.xeroapi.XeroIdentity;
import com.quoox.xero.xeroapi.XeroSession;
import com.quoox.xero.xeroapi.XeroTimezones;
import com.xero.api.XeroUnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Hands out sessions for connected businesses, whatever the connection mode. A token serves until a
 * minute before it expires, so a busy business costs one token request per ~29 minutes, not one per
 * sale: a Custom Connection's client-credentials token is kept in memory; an OAuth 2.0 connection's
 * token is kept (encrypted) in its row and refreshed by {@link OAuth2Tokens}. A legacy private app
 * has no token: its session carries a handle, and each call is signed with OAuth 1.0a.
 */
@ApplicationScoped
public class XeroSessions {

  private static final Logger LOG = Logger.getLogger(XeroSessions.class);

  @Inject ConnectionRepository connections;

  @Inject SecretCipher cipher;

  @Inject XeroIdentity identity;

  @Inject OAuth2Tokens oauth2Tokens;

  @Inject LegacyPrivateAppSigner privateAppSigner;

  @Inject PrivateAppSigning privateAppSigning;

  @Inject XeroAccounting accounting;

  private final Map<String, CachedToken> tokens = new ConcurrentHashMap<>();

  /**
   * A session for the business, or empty when it is not connected to Xero.
   *
   * @throws ConnectionNotUsable when the user must act first (reconnect, choose the organisation)
   */
  public Optional<XeroSession> open(String businessId) {
    return connections.find(businessId).map(this::sessionFor);
  }

  /**
   * The organisation's time zone, whose days date the business's documents (UTC while the business
   * is not connected: its entries wait and are dated when it is).
   */
  public ZoneId zoneOf(String businessId) {
    try {
      return open(businessId).map(XeroSession::zone).orElse(ZoneOffset.UTC);
    } catch (ConnectionNotUsable e) {
      return connections
          .find(businessId)
          .map(XeroConnection::organisationZone)
          .orElse(ZoneOffset.UTC);
    }
  }

  /** A call to the Accounting API made with a business's session. */
  @FunctionalInterface
  public interface SessionCall<T> {
    T call(XeroSession session) throws IOException;
  }

  /**
   * Makes an interactive call (settings screen) with the business's session; a token Xero refused
   * before its expiry is replaced once.
   *
   * @throws ConnectionNotUsable when the business is not connected or the user must act first
   */
  public <T> T withSession(String businessId, SessionCall<T> call) throws IOException {
    XeroSession session = require(businessId);
    try {
      return call.call(session);
    } catch (XeroUnauthorizedException refused) {
      tokenRefused(session);
      return call.call(require(businessId));
    }
  }

  private XeroSession require(String businessId) {
    return open(businessId).orElseThrow(() -> new ConnectionNotUsable("Not connected to Xero"));
  }

  /**
   * Xero refused the session's token (401): the next session gets a new one. A private app has no
   * token to renew: Xero refusing its signature means the certificate or consumer key at Xero
   * changed, so the connection waits for the user (its entries wait, nothing is lost).
   */
  public void tokenRefused(XeroSession session) {
    forget(session.businessId());
    connections
        .find(session.businessId())
        .ifPresent(
            c -> {
              if (c.getMode() == ConnectionMode.OAUTH2) {
                oauth2Tokens.refused(session.businessId(), session.accessToken());
              } else if (c.getMode() == ConnectionMode.LEGACY_PRIVATE_APP) {
                connections.needReconnect(
                    session.businessId(),
                    "Xero refused the private app's signature: check the certificate uploaded at"
                        + " Xero and save the consumer key again");
              }
            });
  }

  /**
   * Xero refused access to the organisation (403): it was disconnected, or the app removed, in
   * Xero. The connection waits for the user to reconnect.
   */
  public void accessRevoked(String businessId, String reason) {
    forget(businessId);
    connections.needReconnect(businessId, reason);
  }

  /** Xero refused a call for {@code scope} although the token was fresh. */
  public void scopeMissing(String businessId, String scope) {
    connections.scopeMissing(businessId, scope);
  }

  /** Forgets a disconnected or reconnected business's token. */
  public void forget(String businessId) {
    tokens.remove(businessId);
    privateAppSigning.forget(businessId);
  }

  private XeroSession sessionFor(XeroConnection connection) {
    OAuth2Tokens.requireUsable(connection);
    String businessId = connection.getBusinessId();
    String token =
        switch (connection.getMode()) {
          case CUSTOM_CONNECTION -> clientCredentialsToken(connection);
          // Not kept in memory: the stored token is the truth, so no thread reuses a refused one.
          case OAUTH2 -> oauth2Tokens.liveToken(businessId).value();
          case LEGACY_PRIVATE_APP -> privateAppHandle(connection);
        };
    XeroSession session =
        new XeroSession(businessId, token, connection.getTenantId(), connection.organisationZone());
    if (connection.getOrganisationTimezone() == null) {
      session = withOrganisationZone(session);
    }
    return session;
  }

  /**
   * A connection whose organisation's time zone is not known yet (made by OAuth 2.0 or a private
   * app, or before the module read it) reads it once: every document is dated by the organisation's
   * day. If Xero cannot say now (its token just expired, say), this session dates in UTC and the
   * next one asks again; the call it was opened for then most likely fails the same way and is
   * retried.
   */
  private XeroSession withOrganisationZone(XeroSession session) {
    String timezone;
    try {
      timezone =
          accounting.organisationSummary(session.accessToken(), session.tenantId()).timezone();
    } catch (IOException | RuntimeException e) {
      LOG.debugf("Organisation time zone of business %s not read: %s", session.businessId(), e);
      return session;
    }
    connections.organisationTimezone(session.businessId(), timezone == null ? "" : timezone);
    return new XeroSession(
        session.businessId(),
        session.accessToken(),
        session.tenantId(),
        XeroTimezones.zoneOf(timezone).orElse(ZoneOffset.UTC));
  }

  /** A Custom Connection's token, from memory while it lasts (it is never stored). */
  private String clientCredentialsToken(XeroConnection connection) {
    CachedToken cached = tokens.get(connection.getBusinessId());
    if (cached == null || !cached.usableFor(connection)) {
      String secret =
          cipher.decrypt(
              connection.getClientSecretEncrypted(),
              SecretField.CLIENT_SECRET,
              connection.getBusinessId());
      AccessToken token = identity.clientCredentials(connection.getClientId(), secret);
      cached =
          new CachedToken(
              connection.getClientId(),
              token.value(),
              Instant.now().plus(token.expiresIn()).minus(OAuth2Tokens.EARLY_RENEWAL));
      tokens.put(connection.getBusinessId(), cached);
    }
    return cached.token();
  }

  /**
   * A private app has no token: the session carries a handle that the transport signs each call for
   * (OAuth 1.0a RSA-SHA1), with the key decrypted from the row as it is now.
   */
  private String privateAppHandle(XeroConnection connection) {
    String businessId = connection.getBusinessId();
    String keyPem =
        cipher.decrypt(connection.getPrivateKeyEncrypted(), SecretField.PRIVATE_KEY, businessId);
    return privateAppSigning.handleFor(
        businessId,
        privateAppSigner.signerFor(
            connection.getConsumerKey(), PemEncoding.readPrivateKey(keyPem)));
  }

  /** A token and the client it was issued to, so a changed connection never reuses it. */
  private record CachedToken(String clientId, String token, Instant renewAt) {
    boolean usableFor(XeroConnection connection) {
      return clientId.equals(connection.getClientId()) && Instant.now().isBefore(renewAt);
    }

    @Override
    public String toString() {
      return "CachedToken[clientId=" + clientId + ", renewAt=" + renewAt + "]"; // never the token
    }
  }
}
