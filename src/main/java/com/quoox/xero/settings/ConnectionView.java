package com.quoox.xero.settings;

import com.quoox.xero.connection.CertificateSummary;
import com.quoox.xero.connection.ConnectionMode;
import com.quoox.xero.connection.ConnectionStatus;
import com.quoox.xero.connection.XeroConnection;
import java.time.Instant;
import java.util.List;

/**
 * A business's connection as the settings screen shows it: never a secret or a token.
 *
 * @param organisationsToChoose while {@code status} is CHOOSING_ORGANISATION, the organisations the
 *     user authorised at Xero
 * @param consumerKey a legacy private app's consumer key (its secret and private key never show)
 * @param certificate a legacy private app's certificate as uploaded to Xero
 * @param grantedScopes the scopes Xero granted with the connection's token
 * @param missingScopes scopes Xero refused calls for, which the user must allow by reconnecting
 */
public record ConnectionView(
    String businessId,
    ConnectionMode mode,
    ConnectionStatus status,
    String statusReason,
    String organisationName,
    String tenantId,
    String clientId,
    List<Organisation> organisationsToChoose,
    String connectedAt,
    String lastTestedAt,
    String lastTestResult,
    String consumerKey,
    CertificateSummary certificate,
    List<String> grantedScopes,
    List<String> missingScopes) {

  /** An organisation the user may choose. */
  public record Organisation(String tenantId, String name) {}

  static ConnectionView of(XeroConnection connection) {
    return new ConnectionView(
        connection.getBusinessId(),
        connection.getMode(),
        connection.getStatus(),
        connection.getStatusReason(),
        connection.getOrganisationName(),
        connection.getTenantId(),
        connection.getClientId(),
        connection.organisationsToChoose().stream()
            .map(o -> new Organisation(o.tenantId(), o.tenantName()))
            .toList(),
        text(connection.getConnectedAt()),
        text(connection.getLastTestedAt()),
        connection.getLastTestResult(),
        connection.getConsumerKey(),
        connection.getCertificatePem() == null
            ? null
            : CertificateSummary.of(connection.getCertificatePem()),
        List.copyOf(connection.getGrantedScopes()),
        List.copyOf(connection.getMissingScopes()));
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
