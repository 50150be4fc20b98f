package com.quoox.xero.connection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The X509 certificate most recently generated for a business ("Download X509 Certificate") and its
 * private key, encrypted. It waits here until the business saves the consumer key of the private
 * app it uploaded the certificate to; then it moves onto the connection.
 */
@Entity
@NamedQuery(
    name = "IssuedCertificate.businessIds",
    query = "select c.businessId from IssuedCertificate c order by c.businessId")
@Table(name = "xero_private_app_certificate")
public class IssuedCertificate {

  @Id
  @Column(name = "business_id", length = 64)
  private String businessId;

  @Column(name = "certificate_pem", nullable = false, length = 4000)
  private String certificatePem;

  @Column(name = "private_key_encrypted", nullable = false, length = 4096)
  private String privateKeyEncrypted;

  @Column(name = "generated_at", nullable = false)
  private Instant generatedAt;

  protected IssuedCertificate() {}

  IssuedCertificate(String businessId, String certificatePem, String privateKeyEncrypted) {
    this.businessId = Objects.requireNonNull(businessId);
    this.certificatePem = Objects.requireNonNull(certificatePem);
    this.privateKeyEncrypted = Objects.requireNonNull(privateKeyEncrypted);
    this.generatedAt = Instant.now();
  }

  /** Takes a newer certificate's place: the earlier one was never bound to a connected app. */
  void replaceWith(IssuedCertificate newer) {
    this.certificatePem = newer.certificatePem;
    this.privateKeyEncrypted = newer.privateKeyEncrypted;
    this.generatedAt = newer.generatedAt;
  }

  public String getBusinessId() {
    return businessId;
  }

  public String getCertificatePem() {
    return certificatePem;
  }

  void resealSecrets(SecretResealing reseal) {
    privateKeyEncrypted = reseal.apply(SecretField.PRIVATE_KEY, privateKeyEncrypted);
  }

  String getPrivateKeyEncrypted() {
    return privateKeyEncrypted;
  }

  public Instant getGeneratedAt() {
    return generatedAt;
  }

  @Override
  public String toString() {
    return "IssuedCertificate[businessId=" + businessId + ", generatedAt=" + generatedAt + "]";
  }
}
