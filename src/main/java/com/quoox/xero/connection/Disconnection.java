package com.quoox.xero.connection;

import com.quoox.xero.xeroapi.XeroIdentity;
import com.quoox.xero.xeroapi.XeroTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Disconnects a business from Xero. An OAuth 2.0 connection is also ended at Xero: the app's
 * connection to the organisation is deleted ({@code DELETE /connections/{id}}), so Quoox can no
 * longer reach it and it no longer counts against the app's connection limit, unless another
 * business sends to the same organisation through it (Xero keeps one connection per user, app and
 * organisation). Its refresh token is not revoked: Xero's revocation removes every connection of
 * that Xero user to the app, which may be other businesses' (an accountant who connected several
 * cafés); the token is forgotten here and lapses at Xero after 60 days unused. Reconnecting a
 * business ends its previous connection at Xero the same way.
 */
@ApplicationScoped
public class Disconnection {

  private static final Logger LOG = Logger.getLogger(Disconnection.class);

  @Inject ConnectionRepository connections;

  @Inject XeroSessions sessions;

  @Inject XeroIdentity identity;

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

  /**
   * Ends at Xero the OAuth 2.0 connection a business is about to replace (by "Connect to Xero"
   * again, a Custom Connection or a private app), so its old organisation is no longer reachable
   * from Quoox through a grant nobody uses, unless the new sign-in reached the same Xero connection
   * (the same user and organisation) or another business uses it. Call it before the new connection
   * is stored: it needs the old token. Best effort: the user asked for the new connection, so a
   * failure is logged, not thrown.
   */
  public void endReplaced(String businessId, List<XeroTenant> replacing) {
    XeroConnection previous = connections.find(businessId).orElse(null);
    if (previous == null
        || previous.getMode() != ConnectionMode.OAUTH2
        || replacing.stream()
            .anyMatch(t -> t.connectionId().equals(previous.getXeroConnectionId()))) {
      return;
    }
    try {
      endAtXero(previous);
    } catch (RuntimeException e) {
      LOG.warnf(
          "Business %s reconnected, but its previous connection to organisation %s could not be"
              + " ended at Xero: %s",
          businessId, previous.getOrganisationName(), e.getMessage());
    }
  }

  private void endAtXero(XeroConnection connection) {
    String businessId = connection.getBusinessId();
    if (connection.getXeroConnectionId() != null
        && connection.getStatus() == ConnectionStatus.CONNECTED
        && !connections.sharedWithAnotherBusiness(connection)) {
      String accessToken = sessions.open(businessId).orElseThrow().accessToken();
      identity.deleteConnection(accessToken, connection.getXeroConnectionId());
      LOG.infof(
          "Business %s: its connection to organisation %s ended at Xero",
          businessId, connection.getOrganisationName());
    }
  }
}
