package com.quoox.xero.connection;

import com.quoox.xero.xeroapi.XeroIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Disconnects a business from Xero. An OAuth 2.0 connection is also ended at Xero: its refresh
 * token revoked and the app's connection to the organisation deleted, so it no longer counts
 * against the app's connection limit. Only then is it forgotten here.
 */
@ApplicationScoped
public class Disconnection {

  private static final Logger LOG = Logger.getLogger(Disconnection.class);

  @Inject ConnectionRepository connections;

  @Inject XeroSessions sessions;

  @Inject XeroIdentity identity;

  @Inject OAuth2App app;

  @Inject SecretCipher cipher;

  /**
   * @return false when the business was not connected
   * @throws com.quoox.xero.xeroapi.XeroIdentityException when Xero could not be told; the
   *     connection is kept so the user can try again
   */
  public boolean disconnect(String businessId) {
    XeroConnection connection = connections.find(businessId).orElse(null);
    if (connection == null) {
      return false;
    }
    // A connection Xero already refused has nothing left to end there.
    if (connection.getMode() == ConnectionMode.OAUTH2
        && connection.getStatus() != ConnectionStatus.NEEDS_RECONNECT) {
      endAtXero(connection);
    }
    sessions.forget(businessId);
    connections.delete(businessId);
    LOG.infof("Business %s disconnected from Xero", businessId);
    return true;
  }

  private void endAtXero(XeroConnection connection) {
    String businessId = connection.getBusinessId();
    if (connection.getXeroConnectionId() != null
        && connection.getStatus() == ConnectionStatus.CONNECTED) {
      String accessToken = sessions.open(businessId).orElseThrow().accessToken();
      identity.deleteConnection(accessToken, connection.getXeroConnectionId());
    }
    identity.revoke(
        app.clientId(),
        app.clientSecret(),
        cipher.decrypt(connection.getRefreshTokenEncrypted(), businessId));
  }
}
