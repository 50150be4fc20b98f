package com.quoox.xero.connection;

import com.quoox.xero.xeroapi.OrganisationSummary;
import com.quoox.xero.xeroapi.PrivateAppSigning;
import com.quoox.xero.xeroapi.XeroAccounting;
import com.xero.api.XeroUnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.security.PrivateKey;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Connects a business through a legacy Xero private app: signs a test connection ({@code GET
 * /Organisation}) with the key of the certificate the business uploaded to Xero and the consumer
 * key Xero gave it, and only when Xero accepts stores the connection. Xero never sees the consumer
 * secret (RSA-SHA1 signs with the key alone), so it cannot be checked; it is stored, encrypted,
 * only so that old settings migrate faithfully.
 */
@ApplicationScoped
public class PrivateAppSetup {

  private static final Logger LOG = Logger.getLogger(PrivateAppSetup.class);

  /**
   * The SDK insists on a tenant id; the transport drops it from signed calls, since a private app's
   * consumer key names its one organisation.
   */
  private static final String NO_TENANT_YET = "private-app";

  @Inject PrivateAppCertificates certificates;

  @Inject ConnectionRepository connections;

  @Inject LegacyPrivateAppSigner signer;

  @Inject PrivateAppSigning signing;

  @Inject XeroAccounting accounting;

  @Inject SecretCipher cipher;

  @Inject XeroSessions sessions;

  @Inject Disconnection disconnection;

  /**
   * @throws PrivateAppRefused naming the field to fix, with Xero's own words; nothing is stored
   * @throws ConnectionTestFailed when Xero could not be asked or answered otherwise
   */
  public XeroConnection connect(String businessId, String consumerKey, String consumerSecret) {
    IssuedCertificate certificate = certificateToUse(businessId);
    PrivateKey key =
        PemEncoding.readPrivateKey(
            cipher.decrypt(
                certificate.getPrivateKeyEncrypted(), SecretField.PRIVATE_KEY, businessId));
    OrganisationSummary organisation = testConnection(businessId, consumerKey, key);
    XeroConnection tested =
        XeroConnection.legacyPrivateApp(
            businessId,
            consumerKey,
            cipher.encrypt(consumerSecret, SecretField.CONSUMER_SECRET, businessId),
            certificate,
            organisation.organisationId(),
            organisation.name());
    disconnection.endReplaced(businessId, List.of());
    XeroConnection saved = certificates.bind(tested, connections);
    sessions.forget(businessId);
    LOG.infof(
        "Business %s connected to Xero organisation %s through a private app",
        businessId, organisation.name());
    return saved;
  }

  /** The certificate generated last, or else the connected app's (saving a new consumer key). */
  private IssuedCertificate certificateToUse(String businessId) {
    return certificates
        .waiting(businessId)
        .or(
            () ->
                connections
                    .find(businessId)
                    .filter(c -> c.getCertificatePem() != null)
                    .map(
                        c ->
                            new IssuedCertificate(
                                businessId, c.getCertificatePem(), c.getPrivateKeyEncrypted())))
        .orElseThrow(
            () ->
                new PrivateAppRefused(
                    "certificate",
                    "Download the X509 certificate first (POST"
                        + " businesses/{id}/xero/connection/private-app/certificate), upload it to"
                        + " your private app at Xero, then save its consumer key and secret"));
  }

  /** Signs {@code GET /Organisation} under a handle of its own, so no live session uses it. */
  private OrganisationSummary testConnection(
      String businessId, String consumerKey, PrivateKey key) {
    String trial = businessId + "/test/" + UUID.randomUUID();
    String handle = signing.handleFor(trial, signer.signerFor(consumerKey, key));
    try {
      return accounting.organisationSummary(handle, NO_TENANT_YET);
    } catch (XeroUnauthorizedException refused) {
      throw refusal(refused);
    } catch (IOException | RuntimeException e) {
      throw new ConnectionTestFailed("The test connection to Xero failed: " + e.getMessage());
    } finally {
      signing.forget(trial);
    }
  }

  private static RuntimeException refusal(XeroUnauthorizedException refused) {
    XeroOAuthProblem problem = XeroOAuthProblem.of(refused).orElse(null);
    if (problem == null) {
      return new ConnectionTestFailed("Xero refused the test connection: " + refused.getMessage());
    }
    if (problem.aboutTheConsumerKey()) {
      return new PrivateAppRefused(
          "consumerKey", "Xero refused the consumer key: " + problem.inXerosWords());
    }
    if (problem.aboutTheSignature()) {
      return new PrivateAppRefused(
          "certificate",
          "Xero refused the signature made with this business's certificate: "
              + problem.inXerosWords()
              + ". Upload the certificate you downloaded last to your private app at Xero.");
    }
    return new ConnectionTestFailed("Xero refused the test connection: " + problem.inXerosWords());
  }
}
