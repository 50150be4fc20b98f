package com.quoox.xero.connection;

import com.quoox.xero.xeroapi.AccessToken;
import com.quoox.xero.xeroapi.OrganisationSummary;
import com.quoox.xero.xeroapi.XeroAccounting;
import com.quoox.xero.xeroapi.XeroIdentity;
import com.quoox.xero.xeroapi.XeroTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Connects a business through a Xero Custom Connection: fetches a token with the client id and
 * secret, finds the one organisation it is for, makes the test connection ({@code GET
 * /Organisation}) and only then stores the connection with the secret encrypted.
 */
@ApplicationScoped
public class CustomConnectionSetup {

  private static final Logger LOG = Logger.getLogger(CustomConnectionSetup.class);

  @Inject XeroIdentity identity;

  @Inject XeroAccounting accounting;

  @Inject SecretCipher cipher;

  @Inject ConnectionRepository connections;

  @Inject XeroSessions sessions;

  @Inject Disconnection disconnection;

  /**
   * @throws ConnectionTestFailed with Xero's own words when the credentials or the test fail;
   *     nothing is stored then
   */
  public XeroConnection connect(String businessId, String clientId, String clientSecret) {
    AccessToken token = identity.clientCredentials(clientId, clientSecret);
    List<XeroTenant> tenants = identity.connections(token.value());
    if (tenants.isEmpty()) {
      throw new ConnectionTestFailed(
          "Xero accepted the credentials but lists no organisation for them");
    }
    XeroTenant tenant = tenants.get(0);
    OrganisationSummary organisation;
    try {
      organisation = accounting.organisationSummary(token.value(), tenant.tenantId());
    } catch (IOException | RuntimeException e) {
      throw new ConnectionTestFailed("The test connection to Xero failed: " + e.getMessage());
    }
    XeroConnection tested =
        XeroConnection.customConnection(
            businessId,
            clientId,
            cipher.encrypt(clientSecret, SecretField.CLIENT_SECRET, businessId),
            tenant.tenantId(),
            organisation.name());
    tested.granted(token.scope());
    tested.organisationTimezone(organisation.timezone() == null ? "" : organisation.timezone());
    disconnection.endReplaced(businessId, tenants);
    XeroConnection saved = connections.save(tested);
    sessions.forget(businessId);
    LOG.infof("Business %s connected to Xero organisation %s", businessId, organisation.name());
    return saved;
  }
}
