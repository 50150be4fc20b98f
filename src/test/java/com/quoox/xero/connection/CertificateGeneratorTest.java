package com.quoox.xero.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.Security;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.junit.jupiter.api.Test;

class CertificateGeneratorTest {

  private final CertificateGenerator generator = new CertificateGenerator();

  @Test
  void certificatePublicKeyVerifiesWhatThePrivateKeySigns() throws Exception {
    PrivateAppCertificate generated = generator.generate("business-cert-1");
    X509Certificate certificate = PemEncoding.readCertificate(generated.certificatePem());
    PrivateKey key = PemEncoding.readPrivateKey(generated.privateKeyPem());
    byte[] baseString = "GET&https%3A%2F%2Fapi.xero.com%2F&".getBytes(StandardCharsets.UTF_8);

    Signature signer = Signature.getInstance("SHA1withRSA");
    signer.initSign(key);
    signer.update(baseString);
    Signature verifier = Signature.getInstance("SHA1withRSA");
    verifier.initVerify(certificate);
    verifier.update(baseString);

    assertTrue(verifier.verify(signer.sign()));
  }

  @Test
  void keysAreRsa2048() {
    PrivateAppCertificate generated = generator.generate("business-cert-2");

    RSAPublicKey publicKey =
        (RSAPublicKey) PemEncoding.readCertificate(generated.certificatePem()).getPublicKey();
    RSAPrivateKey privateKey =
        (RSAPrivateKey) PemEncoding.readPrivateKey(generated.privateKeyPem());
    assertEquals(2048, publicKey.getModulus().bitLength());
    assertEquals(publicKey.getModulus(), privateKey.getModulus());
  }

  @Test
  void certificateIsAVersion3SelfSignedSha256WithRsaCertificate() throws Exception {
    X509Certificate certificate =
        PemEncoding.readCertificate(generator.generate("business-cert-3").certificatePem());

    certificate.verify(certificate.getPublicKey());
    assertEquals(3, certificate.getVersion());
    assertEquals("SHA256withRSA", certificate.getSigAlgName());
    assertEquals(certificate.getSubjectX500Principal(), certificate.getIssuerX500Principal());
    assertEquals(-1, certificate.getBasicConstraints(), "not a CA");
    assertTrue(certificate.getSerialNumber().signum() > 0);
  }

  @Test
  void subjectNamesTheBusiness() {
    X509Certificate certificate =
        PemEncoding.readCertificate(generator.generate("business-cert-4").certificatePem());

    assertEquals("CN=Quoox Xero business-cert-4", certificate.getSubjectX500Principal().getName());
  }

  @Test
  void businessIdWithDistinguishedNameSyntaxStaysInsideTheCommonName() {
    X509Certificate certificate =
        PemEncoding.readCertificate(generator.generate("acme, O=Evil+OU=x").certificatePem());

    RDN[] rdns = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).getRDNs();
    assertEquals(1, rdns.length);
    assertEquals(BCStyle.CN, rdns[0].getFirst().getType());
    assertEquals("Quoox Xero acme, O=Evil+OU=x", rdns[0].getFirst().getValue().toString());
  }

  @Test
  void certificateIsValidForFiveYears() {
    Instant now = Instant.parse("2026-03-01T10:15:30Z");
    CertificateGenerator atFixedTime = new CertificateGenerator(Clock.fixed(now, ZoneOffset.UTC));

    X509Certificate certificate =
        PemEncoding.readCertificate(atFixedTime.generate("business-cert-5").certificatePem());

    assertEquals(Instant.parse("2031-03-01T10:15:30Z"), certificate.getNotAfter().toInstant());
    assertEquals(Instant.parse("2026-03-01T09:15:30Z"), certificate.getNotBefore().toInstant());
  }

  @Test
  void twoCertificatesHaveDifferentKeysAndSerials() {
    PrivateAppCertificate first = generator.generate("business-cert-6");
    PrivateAppCertificate second = generator.generate("business-cert-6");

    X509Certificate one = PemEncoding.readCertificate(first.certificatePem());
    X509Certificate two = PemEncoding.readCertificate(second.certificatePem());
    assertNotEquals(one.getPublicKey(), two.getPublicKey());
    assertNotEquals(one.getSerialNumber(), two.getSerialNumber());
    assertNotEquals(first.privateKeyPem(), second.privateKeyPem());
  }

  @Test
  void pemTextsAreWhatXeroAndOpenSslExpect() {
    PrivateAppCertificate generated = generator.generate("business-cert-7");

    assertTrue(generated.certificatePem().startsWith("-----BEGIN CERTIFICATE-----\n"));
    assertTrue(generated.certificatePem().endsWith("-----END CERTIFICATE-----\n"));
    assertTrue(generated.privateKeyPem().startsWith("-----BEGIN PRIVATE KEY-----\n"));
    assertTrue(generated.certificatePem().lines().allMatch(line -> line.length() <= 64));
  }

  @Test
  void printingTheResultNeverShowsThePrivateKey() {
    PrivateAppCertificate generated = generator.generate("business-cert-8");

    assertFalse(generated.toString().contains("PRIVATE KEY"), generated.toString());
    assertTrue(generated.toString().contains("BEGIN CERTIFICATE"));
  }

  @Test
  void bouncyCastleIsNotRegisteredAsAProvider() {
    generator.generate("business-cert-9");

    assertNull(Security.getProvider("BC"));
  }
}
