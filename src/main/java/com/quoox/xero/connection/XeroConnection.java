package com.quoox.xero.connection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A business's link to its Xero organisation. Secrets are held only encrypted (see {@link
 * SecretCipher}) and never leave this package in clear except to call Xero.
 */
@Entity
@Table(name = "xero_connection")
public class XeroConnection {

  @Id
  @Column(name = "business_id", length = 64)
  private String businessId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private ConnectionMode mode;

  @Column(name = "client_id", nullable = false, length = 128)
  private String clientId;

  @Column(name = "client_secret_encrypted", nullable = false, length = 1024)
  private String clientSecretEncrypted;

  @Column(name = "tenant_id", nullable = false, length = 64)
  private String tenantId;

  @Column(name = "organisation_name", length = 255)
  private String organisationName;

  @Column(name = "connected_at", nullable = false)
  private Instant connectedAt;

  @Column(name = "last_tested_at")
  private Instant lastTestedAt;

  @Column(name = "last_test_result", length = 1000)
  private String lastTestResult;

  protected XeroConnection() {}

  /** A Custom Connection that has just passed its test connection. */
  public static XeroConnection customConnection(
      String businessId,
      String clientId,
      String clientSecretEncrypted,
      String tenantId,
      String organisationName) {
    XeroConnection connection = new XeroConnection();
    connection.businessId = Objects.requireNonNull(businessId);
    connection.mode = ConnectionMode.CUSTOM_CONNECTION;
    connection.clientId = Objects.requireNonNull(clientId);
    connection.clientSecretEncrypted = Objects.requireNonNull(clientSecretEncrypted);
    connection.tenantId = Objects.requireNonNull(tenantId);
    connection.organisationName = organisationName;
    connection.connectedAt = Instant.now();
    connection.recordTest("Connected to " + organisationName);
    return connection;
  }

  /** Replaces this connection's credentials with those of a newer, tested one. */
  public void replaceWith(XeroConnection newer) {
    this.mode = newer.mode;
    this.clientId = newer.clientId;
    this.clientSecretEncrypted = newer.clientSecretEncrypted;
    this.tenantId = newer.tenantId;
    this.organisationName = newer.organisationName;
    this.connectedAt = newer.connectedAt;
    this.lastTestedAt = newer.lastTestedAt;
    this.lastTestResult = newer.lastTestResult;
  }

  public void recordTest(String result) {
    this.lastTestedAt = Instant.now();
    this.lastTestResult = result;
  }

  public String getBusinessId() {
    return businessId;
  }

  public ConnectionMode getMode() {
    return mode;
  }

  public String getClientId() {
    return clientId;
  }

  String getClientSecretEncrypted() {
    return clientSecretEncrypted;
  }

  public String getTenantId() {
    return tenantId;
  }

  public String getOrganisationName() {
    return organisationName;
  }

  public Instant getConnectedAt() {
    return connectedAt;
  }

  public Instant getLastTestedAt() {
    return lastTestedAt;
  }

  public String getLastTestResult() {
    return lastTestResult;
  }
}
