package com.quoox.xero.connection;

import com.quoox.xero.xeroapi.TokenGrant;
import com.quoox.xero.xeroapi.XeroIdentity;
import com.quoox.xero.xeroapi.XeroIdentityException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Keeps an OAuth 2.0 connection's access token fresh. Xero's refresh tokens are single use, so a
 * refresh happens only under the connection row's lock: two threads or two nodes never spend the
 * same refresh token, and whoever waited finds the fresh token and uses it. If the answer to a
 * refresh is lost, nothing was stored, and the next try reuses the old refresh token, which Xero
 * keeps valid for 30 minutes for exactly that case (DESIGN §4).
 */
@ApplicationScoped
class OAuth2Tokens {

  private static final Logger LOG = Logger.getLogger(OAuth2Tokens.class);

  /** Refresh this long before expiry so a token never dies mid-request. */
  static final Duration EARLY_RENEWAL = Duration.ofMinutes(1);

  @PersistenceContext(unitName = "quoox-xero")
  EntityManager em;

  @Inject OAuth2App app;

  @Inject XeroIdentity identity;

  @Inject SecretCipher cipher;

  /**
   * A token valid for at least a minute. The stored token is the one truth across threads and
   * nodes: a plain read serves the common case; only a refresh takes the row lock, and it re-reads
   * under the lock, since another thread or node may have refreshed meanwhile.
   */
  @Transactional(value = TxType.REQUIRES_NEW, dontRollbackOn = ConnectionNotUsable.class)
  LiveToken liveToken(String businessId) {
    XeroConnection connection = em.find(XeroConnection.class, businessId);
    if (connection == null) {
      throw new ConnectionNotUsable("Business " + businessId + " is no longer connected to Xero");
    }
    requireUsable(connection);
    if (fresh(connection)) {
      return live(connection);
    }
    em.refresh(connection, LockModeType.PESSIMISTIC_WRITE);
    requireUsable(connection);
    if (fresh(connection)) {
      return live(connection);
    }
    refresh(connection);
    LOG.infof("Refreshed the Xero access token of business %s", businessId);
    return live(connection);
  }

  /**
   * Refreshes an OAuth 2.0 connection whose refresh token has been unused since {@code cutoff},
   * under its row's lock, so Xero does not forget it after 60 days without sales; a connection
   * another thread or node refreshed meanwhile is left alone.
   *
   * @return whether it was refreshed
   */
  @Transactional(value = TxType.REQUIRES_NEW, dontRollbackOn = ConnectionNotUsable.class)
  boolean keepAlive(String businessId, Instant cutoff) {
    XeroConnection connection =
        em.find(XeroConnection.class, businessId, LockModeType.PESSIMISTIC_WRITE);
    if (connection == null
        || connection.getStatus() != ConnectionStatus.CONNECTED
        || !connection.idleSince(cutoff)) {
      return false;
    }
    refresh(connection);
    LOG.infof("Kept the idle Xero connection of business %s alive", businessId);
    return true;
  }

  /** Spends the refresh token for new tokens; a refused one asks the user to reconnect. */
  private void refresh(XeroConnection connection) {
    String businessId = connection.getBusinessId();
    TokenGrant grant;
    try {
      grant =
          identity.refresh(
              app.clientId(),
              app.clientSecret(),
              cipher.decrypt(
                  connection.getRefreshTokenEncrypted(), SecretField.REFRESH_TOKEN, businessId));
    } catch (XeroIdentityException e) {
      if (e.isInvalidGrant()) {
        connection.needReconnect(
            "Xero no longer accepts this connection (" + e.getMessage() + "): reconnect to Xero");
        LOG.warnf("Business %s must reconnect to Xero: its refresh token was refused", businessId);
        throw new ConnectionNotUsable(connection.getStatusReason());
      }
      throw e;
    }
    connection.rotateTokens(
        cipher.encrypt(grant.accessToken().value(), SecretField.ACCESS_TOKEN, businessId),
        Instant.now().plus(grant.accessToken().expiresIn()),
        cipher.encrypt(grant.refreshToken(), SecretField.REFRESH_TOKEN, businessId));
    connection.granted(grant.accessToken().scope());
  }

  /**
   * Xero refused {@code refusedToken} before its expiry: expire it, unless another thread already
   * replaced it (then its fresh token must not be thrown away).
   */
  @Transactional(TxType.REQUIRES_NEW)
  void refused(String businessId, String refusedToken) {
    XeroConnection connection =
        em.find(XeroConnection.class, businessId, LockModeType.PESSIMISTIC_WRITE);
    if (connection != null
        && connection.getAccessTokenEncrypted() != null
        && refusedToken.equals(
            cipher.decrypt(
                connection.getAccessTokenEncrypted(), SecretField.ACCESS_TOKEN, businessId))) {
      connection.expireAccessToken();
    }
  }

  private static boolean fresh(XeroConnection connection) {
    return connection.getAccessTokenExpiresAt().isAfter(Instant.now().plus(EARLY_RENEWAL));
  }

  static void requireUsable(XeroConnection connection) {
    switch (connection.getStatus()) {
      case NEEDS_RECONNECT -> throw new ConnectionNotUsable(connection.getStatusReason());
      case CHOOSING_ORGANISATION ->
          throw new ConnectionNotUsable("Choose which Xero organisation this business sends to");
      case CONNECTED -> {}
    }
  }

  private LiveToken live(XeroConnection connection) {
    return new LiveToken(
        cipher.decrypt(
            connection.getAccessTokenEncrypted(),
            SecretField.ACCESS_TOKEN,
            connection.getBusinessId()),
        connection.getAccessTokenExpiresAt());
  }

  /** An access token and when it expires. */
  record LiveToken(String value, Instant expiresAt) {
    @Override
    public String toString() {
      return "LiveToken[expiresAt=" + expiresAt + "]";
    }
  }
}
