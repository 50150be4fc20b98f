package com.quoox.xero.connection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The certificates of legacy private apps ("Download X509 Certificate"): generates a business's key
 * pair and certificate, keeps the key encrypted, and hands out only the certificate. The private
 * key never leaves the module.
 */
@ApplicationScoped
public class PrivateAppCertificates {

  private static final Logger LOG = Logger.getLogger(PrivateAppCertificates.class);

  @PersistenceContext(unitName = "quoox-xero")
  EntityManager em;

  @Inject CertificateGenerator generator;

  @Inject SecretCipher cipher;

  /**
   * A new key pair and certificate for the business, replacing one not yet bound to a connected
   * app.
   *
   * @param replace also when the business is connected through a private app with the current one
   * @throws CertificateInUse when it is and {@code replace} is false
   */
  @Transactional
  public String issue(String businessId, boolean replace) {
    XeroConnection connection = em.find(XeroConnection.class, businessId);
    if (!replace && connectedPrivateApp(connection)) {
      throw new CertificateInUse(
          "Business "
              + businessId
              + " is connected through a Xero private app that uses the current certificate."
              + " Xero keeps one certificate per private app: once you upload a new one there,"
              + " Xero refuses every call until you save the consumer key here again."
              + " Ask again with ?replace=true to generate a new certificate anyway.");
    }
    PrivateAppCertificate generated = generator.generate(businessId);
    IssuedCertificate issued =
        new IssuedCertificate(
            businessId,
            generated.certificatePem(),
            cipher.encrypt(generated.privateKeyPem(), SecretField.PRIVATE_KEY, businessId));
    IssuedCertificate earlier = em.find(IssuedCertificate.class, businessId);
    if (earlier == null) {
      em.persist(issued);
    } else {
      earlier.replaceWith(issued);
    }
    LOG.infof("Generated a new private app certificate for business %s", businessId);
    return issued.getCertificatePem();
  }

  /**
   * The certificate to upload to Xero: the one generated last, or else the one of the connected
   * private app.
   */
  @Transactional
  public Optional<String> certificatePem(String businessId) {
    return waiting(businessId)
        .map(IssuedCertificate::getCertificatePem)
        .or(
            () ->
                Optional.ofNullable(em.find(XeroConnection.class, businessId))
                    .map(XeroConnection::getCertificatePem));
  }

  /** The certificate generated last and not yet bound to a connected private app. */
  @Transactional
  Optional<IssuedCertificate> waiting(String businessId) {
    return Optional.ofNullable(em.find(IssuedCertificate.class, businessId));
  }

  /** Stores the tested private app connection; its certificate no longer waits. */
  @Transactional
  XeroConnection bind(XeroConnection tested, ConnectionRepository connections) {
    XeroConnection saved = connections.save(tested);
    IssuedCertificate waiting = em.find(IssuedCertificate.class, tested.getBusinessId());
    if (waiting != null && waiting.getCertificatePem().equals(tested.getCertificatePem())) {
      em.remove(waiting);
    }
    return saved;
  }

  private static boolean connectedPrivateApp(XeroConnection connection) {
    return connection != null
        && connection.getMode() == ConnectionMode.LEGACY_PRIVATE_APP
        && connection.getStatus() == ConnectionStatus.CONNECTED;
  }
}
