package com.quoox.xero.connection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * An authorisation a user has started at Xero and not finished: the {@code state} that ties Xero's
 * callback to the business (RFC 6749 §10.12), the user who started it (only they may finish it) and
 * the PKCE verifier (RFC 7636), kept encrypted. Single use; it lapses after 15 minutes.
 */
@Entity
@NamedQuery(
    name = "OAuthAuthorization.states",
    query = "select a.state from OAuthAuthorization a order by a.state")
@Table(name = "xero_oauth_authorization")
@NamedQuery(
    name = "OAuthAuthorization.deleteLapsed",
    query = "delete from OAuthAuthorization a where a.createdAt < :cutoff")
@NamedQuery(
    name = "OAuthAuthorization.delete",
    query = "delete from OAuthAuthorization a where a.state = :state")
class OAuthAuthorization {

  static final Duration LIFETIME = Duration.ofMinutes(15);

  @Id
  @Column(length = 64)
  private String state;

  @Column(name = "business_id", nullable = false, length = 64)
  private String businessId;

  @Column(name = "started_by", nullable = false, length = 255)
  private String startedBy;

  @Column(name = "code_verifier_encrypted", nullable = false, length = 512)
  private String codeVerifierEncrypted;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected OAuthAuthorization() {}

  OAuthAuthorization(
      String state, String businessId, String startedBy, String codeVerifierEncrypted) {
    this.state = state;
    this.businessId = businessId;
    this.startedBy = startedBy;
    this.codeVerifierEncrypted = codeVerifierEncrypted;
    this.createdAt = Instant.now();
  }

  boolean lapsed() {
    return createdAt.plus(LIFETIME).isBefore(Instant.now());
  }

  String state() {
    return state;
  }

  String businessId() {
    return businessId;
  }

  boolean startedBy(String user) {
    return startedBy.equals(user);
  }

  void resealSecrets(SecretResealing reseal) {
    codeVerifierEncrypted = reseal.apply(SecretField.CODE_VERIFIER, codeVerifierEncrypted);
  }

  String codeVerifierEncrypted() {
    return codeVerifierEncrypted;
  }
}
