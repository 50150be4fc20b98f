package com.quoox.xero.connection;

import com.quoox.xero.xeroapi.XeroAccounting;
import com.quoox.xero.xeroapi.XeroIdentityException;
import com.xero.api.XeroException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;

/**
 * The test connection of the settings screen for a stored connection: asks Xero who the
 * organisation is ({@code GET /Organisation}) and records the answer, or Xero's error, on it.
 */
@ApplicationScoped
public class ConnectionTester {

  @Inject XeroSessions sessions;

  @Inject XeroAccounting accounting;

  @Inject ConnectionRepository connections;

  /** The connection with the result of a fresh test recorded on it. */
  public XeroConnection test(String businessId) {
    String result;
    try {
      result = "Connected to " + organisationName(businessId);
    } catch (ConnectionNotUsable | XeroIdentityException | XeroException | IOException e) {
      result = "The test connection failed: " + e.getMessage();
    }
    return connections.recordTest(businessId, result);
  }

  private String organisationName(String businessId) throws IOException {
    return sessions.withSession(
        businessId,
        session ->
            accounting.organisationSummary(session.accessToken(), session.tenantId()).name());
  }
}
