package com.quoox.xero.connection;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Makes the RSA key pair and self-signed X509 certificate a legacy Xero private app needs: the
 * business uploads the certificate to Xero, and we sign its calls with the key. BouncyCastle only
 * builds the certificate; the JDK's own providers generate and sign, so none is registered
 * globally.
 */
@ApplicationScoped
public class CertificateGenerator {

  private static final int KEY_BITS = 2048;
  private static final int VALID_YEARS = 5;

  /** Backdated so a Xero server whose clock runs a little behind ours accepts it at once. */
  private static final Duration BACKDATE = Duration.ofHours(1);

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Clock clock;

  public CertificateGenerator() {
    this(Clock.systemUTC());
  }

  /** For tests: a fixed clock fixes the validity period. */
  CertificateGenerator(Clock clock) {
    this.clock = clock;
  }

  /** A fresh key pair and its certificate naming the business, valid for five years. */
  public PrivateAppCertificate generate(String businessId) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(KEY_BITS, RANDOM);
      KeyPair pair = generator.generateKeyPair();
      X509Certificate certificate = selfSigned(pair, subject(businessId));
      return new PrivateAppCertificate(
          PemEncoding.certificate(certificate), PemEncoding.privateKey(pair.getPrivate()));
    } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
      throw new IllegalStateException("Could not generate the private app certificate", e);
    }
  }

  private X509Certificate selfSigned(KeyPair pair, X500Name subject)
      throws GeneralSecurityException, OperatorCreationException, IOException {
    Instant now = clock.instant();
    Instant notAfter = now.atOffset(ZoneOffset.UTC).plusYears(VALID_YEARS).toInstant();
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
                subject,
                serialNumber(),
                Date.from(now.minus(BACKDATE)),
                Date.from(notAfter),
                subject,
                pair.getPublic())
            .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
            .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
    // No setProvider(...): the JDK's default providers sign, BouncyCastle is never registered.
    ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate());
    return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
  }

  /** Built attribute by attribute, so a business id holding ',' or '=' cannot add an RDN. */
  private static X500Name subject(String businessId) {
    return new X500NameBuilder(BCStyle.INSTANCE)
        .addRDN(BCStyle.CN, "Quoox Xero " + businessId)
        .build();
  }

  /** RFC 5280 §4.1.2.2: positive, non-zero and at most 20 octets; random, so never reused. */
  private static BigInteger serialNumber() {
    return new BigInteger(159, RANDOM).setBit(0);
  }
}
