package com.quoox.xero.connection;

import com.quoox.xero.xeroapi.XeroScopes;
import com.quoox.xero.xeroapi.XeroTenant;
import com.quoox.xero.xeroapi.XeroTimezones;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A business's link to its Xero organisation. Secrets are held only encrypted (see {@link
 * SecretCipher}) and never leave this package in clear except to call Xero.
 */
@Entity
@NamedQuery(
    name = "XeroConnection.businessIds",
    query = "select c.businessId from XeroConnection c order by c.businessId")
@Table(name = "xero_connection")
@NamedQuery(
    name = "XeroConnection.idleOAuth2",
    query =
        "select c.businessId from XeroConnection c"
            + " where c.mode = com.quoox.xero.connection.ConnectionMode.OAUTH2"
            + " and c.status = com.quoox.xero.connection.ConnectionStatus.CONNECTED"
            + " and (c.refreshedAt is null or c.refreshedAt < :cutoff)"
            + " order by c.refreshedAt")
@NamedQuery(
    name = "XeroConnection.sharingConnection",
    query =
        "select count(c) from XeroConnection c where c.businessId <> :businessId"
            + " and c.xeroConnectionId = :xeroConnectionId")
public class XeroConnection {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Id
  @Column(name = "business_id", length = 64)
  private String businessId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private ConnectionMode mode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private ConnectionStatus status = ConnectionStatus.CONNECTED;

  @Column(name = "status_reason", length = 1000)
  private String statusReason;

  /** A Custom Connection's own client id; null for OAuth 2.0 (Quoox's app credentials). */
  @Column(name = "client_id", length = 128)
  private String clientId;

  @Column(name = "client_secret_encrypted", length = 1024)
  private String clientSecretEncrypted;

  /** Null only while the user chooses among several organisations. */
  @Column(name = "tenant_id", length = 64)
  private String tenantId;

  /** Xero's id of the connection to the organisation, to disconnect it (OAuth 2.0). */
  @Column(name = "xero_connection_id", length = 64)
  private String xeroConnectionId;

  @Column(name = "access_token_encrypted", length = 8192)
  private String accessTokenEncrypted;

  @Column(name = "access_token_expires_at")
  private Instant accessTokenExpiresAt;

  /** Single use: Xero rotates it on every refresh (DESIGN §4). */
  @Column(name = "refresh_token_encrypted", length = 2048)
  private String refreshTokenEncrypted;

  /** JSON list of the organisations the user authorised, while choosing one. */
  @Column(name = "organisations_to_choose", length = 8000)
  private String organisationsToChoose;

  @Column(name = "organisation_name", length = 255)
  private String organisationName;

  @Column(name = "connected_at", nullable = false)
  private Instant connectedAt;

  @Column(name = "last_tested_at")
  private Instant lastTestedAt;

  @Column(name = "last_test_result", length = 1000)
  private String lastTestResult;

  /** A legacy private app's consumer key, which is also its OAuth 1.0a token. */
  @Column(name = "consumer_key", length = 128)
  private String consumerKey;

  /** Kept for faithful migration only: RSA-SHA1 signatures never use the consumer secret. */
  @Column(name = "consumer_secret_encrypted", length = 1024)
  private String consumerSecretEncrypted;

  /** The X509 certificate (PEM) the business uploaded to its private app at Xero. */
  @Column(name = "certificate_pem", length = 4000)
  private String certificatePem;

  /** The certificate's private key (PKCS#8 PEM), encrypted: it signs every call. */
  @Column(name = "private_key_encrypted", length = 4096)
  private String privateKeyEncrypted;

  /** The scopes Xero granted with the last token, space-separated; null if not known yet. */
  @Column(name = "granted_scopes", length = 1000)
  private String grantedScopes;

  /** Scopes Xero refused calls for with a fresh token, space-separated, until reconnected. */
  @Column(name = "missing_scopes", length = 500)
  private String missingScopes;

  /** Xero's Organisation.Timezone (e.g. NEWZEALANDSTANDARDTIME); null until first read. */
  @Column(name = "organisation_timezone", length = 64)
  private String organisationTimezone;

  /** When the refresh token was last used (an OAuth 2.0 connection's): Xero forgets idle ones. */
  @Column(name = "refreshed_at")
  private Instant refreshedAt;

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

  /** A legacy private app whose signed test connection has just passed. */
  public static XeroConnection legacyPrivateApp(
      String businessId,
      String consumerKey,
      String consumerSecretEncrypted,
      IssuedCertificate certificate,
      String tenantId,
      String organisationName) {
    XeroConnection connection = new XeroConnection();
    connection.businessId = Objects.requireNonNull(businessId);
    connection.mode = ConnectionMode.LEGACY_PRIVATE_APP;
    connection.consumerKey = Objects.requireNonNull(consumerKey);
    connection.consumerSecretEncrypted = Objects.requireNonNull(consumerSecretEncrypted);
    connection.certificatePem = certificate.getCertificatePem();
    connection.privateKeyEncrypted = certificate.getPrivateKeyEncrypted();
    connection.tenantId = Objects.requireNonNull(tenantId);
    connection.organisationName = organisationName;
    connection.connectedAt = Instant.now();
    connection.recordTest("Connected to " + organisationName);
    return connection;
  }

  /**
   * An OAuth 2.0 connection straight after the code exchange. With one authorised organisation it
   * is connected to it; with several, the user chooses first.
   */
  public static XeroConnection oauth2(
      String businessId,
      String accessTokenEncrypted,
      Instant accessTokenExpiresAt,
      String refreshTokenEncrypted,
      List<XeroTenant> organisations) {
    XeroConnection connection = new XeroConnection();
    connection.businessId = Objects.requireNonNull(businessId);
    connection.mode = ConnectionMode.OAUTH2;
    connection.connectedAt = Instant.now();
    connection.rotateTokens(accessTokenEncrypted, accessTokenExpiresAt, refreshTokenEncrypted);
    if (organisations.size() == 1) {
      connection.chooseOrganisation(organisations.get(0));
    } else {
      connection.status = ConnectionStatus.CHOOSING_ORGANISATION;
      connection.organisationsToChoose = JSONB.toJson(organisations);
    }
    return connection;
  }

  /** Binds the connection to the organisation the user picked. */
  public void chooseOrganisation(XeroTenant organisation) {
    this.tenantId = organisation.tenantId();
    this.organisationName = organisation.tenantName();
    this.xeroConnectionId = organisation.connectionId();
    this.organisationsToChoose = null;
    this.status = ConnectionStatus.CONNECTED;
    this.statusReason = null;
  }

  /** The organisations the user authorised and may choose from (empty once chosen). */
  public List<XeroTenant> organisationsToChoose() {
    return organisationsToChoose == null
        ? List.of()
        : List.of(JSONB.fromJson(organisationsToChoose, XeroTenant[].class));
  }

  /** Stores the pair a refresh returned; the old refresh token is spent. */
  public void rotateTokens(
      String accessEncrypted, Instant accessExpiresAt, String refreshEncrypted) {
    this.accessTokenEncrypted = accessEncrypted;
    this.accessTokenExpiresAt = accessExpiresAt;
    this.refreshTokenEncrypted = refreshEncrypted;
    this.refreshedAt = Instant.now();
  }

  /** Whether the refresh token has been unused since {@code cutoff}. */
  boolean idleSince(Instant cutoff) {
    return refreshedAt == null || refreshedAt.isBefore(cutoff);
  }

  /** Xero refused the access token although it had not expired: the next use refreshes. */
  public void expireAccessToken() {
    this.accessTokenExpiresAt = Instant.EPOCH;
  }

  /** Xero refused the refresh token: nothing is sent until the user reconnects. */
  public void needReconnect(String reason) {
    this.status = ConnectionStatus.NEEDS_RECONNECT;
    this.statusReason = reason;
  }

  /** Replaces this connection with a newer, tested one of the same business. */
  public void replaceWith(XeroConnection newer) {
    this.mode = newer.mode;
    this.status = newer.status;
    this.statusReason = newer.statusReason;
    this.clientId = newer.clientId;
    this.clientSecretEncrypted = newer.clientSecretEncrypted;
    this.tenantId = newer.tenantId;
    this.xeroConnectionId = newer.xeroConnectionId;
    this.organisationName = newer.organisationName;
    this.accessTokenEncrypted = newer.accessTokenEncrypted;
    this.accessTokenExpiresAt = newer.accessTokenExpiresAt;
    this.refreshTokenEncrypted = newer.refreshTokenEncrypted;
    this.organisationsToChoose = newer.organisationsToChoose;
    this.connectedAt = newer.connectedAt;
    this.lastTestedAt = newer.lastTestedAt;
    this.lastTestResult = newer.lastTestResult;
    this.consumerKey = newer.consumerKey;
    this.consumerSecretEncrypted = newer.consumerSecretEncrypted;
    this.certificatePem = newer.certificatePem;
    this.privateKeyEncrypted = newer.privateKeyEncrypted;
    this.grantedScopes = newer.grantedScopes;
    this.organisationTimezone = newer.organisationTimezone;
    this.refreshedAt = newer.refreshedAt;
    this.missingScopes = newer.missingScopes;
  }

  /** Puts each stored secret through {@code reseal} (re-encryption under the current key). */
  void resealSecrets(SecretResealing reseal) {
    clientSecretEncrypted = reseal.apply(SecretField.CLIENT_SECRET, clientSecretEncrypted);
    accessTokenEncrypted = reseal.apply(SecretField.ACCESS_TOKEN, accessTokenEncrypted);
    refreshTokenEncrypted = reseal.apply(SecretField.REFRESH_TOKEN, refreshTokenEncrypted);
    consumerSecretEncrypted = reseal.apply(SecretField.CONSUMER_SECRET, consumerSecretEncrypted);
    privateKeyEncrypted = reseal.apply(SecretField.PRIVATE_KEY, privateKeyEncrypted);
  }

  /** What Xero granted with the latest token (null: Xero did not say). */
  public void granted(String scopes) {
    if (scopes != null && !scopes.isBlank()) {
      this.grantedScopes = scopes.trim();
    }
  }

  /** Xero refused a call for {@code scope} with a fresh token: the owner must reconnect. */
  public void scopeMissing(String scope) {
    Set<String> missing = new LinkedHashSet<>(XeroScopes.parse(missingScopes));
    missing.add(scope);
    this.missingScopes = String.join(" ", missing);
  }

  /** Xero's name of the organisation's time zone, as last read from Xero. */
  public void organisationTimezone(String xeroTimezone) {
    this.organisationTimezone = xeroTimezone;
  }

  public String getOrganisationTimezone() {
    return organisationTimezone;
  }

  /**
   * The zone documents are dated in: the organisation's, or UTC while it is unknown or a name Java
   * does not know (then the day may differ from Xero's around midnight).
   */
  public ZoneId organisationZone() {
    return XeroTimezones.zoneOf(organisationTimezone).orElse(ZoneOffset.UTC);
  }

  public Set<String> getGrantedScopes() {
    return XeroScopes.parse(grantedScopes);
  }

  public Set<String> getMissingScopes() {
    return XeroScopes.parse(missingScopes);
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

  public ConnectionStatus getStatus() {
    return status;
  }

  public String getStatusReason() {
    return statusReason;
  }

  String getXeroConnectionId() {
    return xeroConnectionId;
  }

  String getAccessTokenEncrypted() {
    return accessTokenEncrypted;
  }

  Instant getAccessTokenExpiresAt() {
    return accessTokenExpiresAt;
  }

  String getRefreshTokenEncrypted() {
    return refreshTokenEncrypted;
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

  public String getConsumerKey() {
    return consumerKey;
  }

  String getConsumerSecretEncrypted() {
    return consumerSecretEncrypted;
  }

  /** The public certificate of a legacy private app (never its key). */
  public String getCertificatePem() {
    return certificatePem;
  }

  String getPrivateKeyEncrypted() {
    return privateKeyEncrypted;
  }
}
