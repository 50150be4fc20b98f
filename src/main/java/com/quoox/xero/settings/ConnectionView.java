package com.quoox.xero.settings;

import com.quoox.xero.connection.ConnectionMode;
import com.quoox.xero.connection.XeroConnection;
import java.time.Instant;

/** A business's connection as the settings screen shows it: never a secret. */
public record ConnectionView(
    String businessId,
    ConnectionMode mode,
    String organisationName,
    String tenantId,
    String clientId,
    String connectedAt,
    String lastTestedAt,
    String lastTestResult) {

  static ConnectionView of(XeroConnection connection) {
    return new ConnectionView(
        connection.getBusinessId(),
        connection.getMode(),
        connection.getOrganisationName(),
        connection.getTenantId(),
        connection.getClientId(),
        text(connection.getConnectedAt()),
        text(connection.getLastTestedAt()),
        connection.getLastTestResult());
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
