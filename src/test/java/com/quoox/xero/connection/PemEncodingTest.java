package com.quoox.xero.connection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PemEncodingTest {

  @Test
  void oauthTestCaseCertificateVerifiesThePublishedSignature() throws Exception {
    X509Certificate certificate = PemEncoding.readCertificate(OAuthTestCase.CERTIFICATE_PEM);

    Signature verifier = Signature.getInstance("SHA1withRSA");
    verifier.initVerify(certificate);
    verifier.update(OAuthTestCase.BASE_STRING.getBytes(StandardCharsets.UTF_8));

    assertEquals("CN=Test Principal", certificate.getSubjectX500Principal().getName());
    assertTrue(verifier.verify(Base64.getDecoder().decode(OAuthTestCase.SIGNATURE)));
  }

  @Test
  void privateKeyWrittenAndReadBackIsTheSameKey() {
    PrivateKey key = PemEncoding.readPrivateKey(OAuthTestCase.PRIVATE_KEY_PEM);

    String pem = PemEncoding.privateKey(key);

    assertTrue(pem.startsWith("-----BEGIN PRIVATE KEY-----\n"), pem);
    assertArrayEquals(key.getEncoded(), PemEncoding.readPrivateKey(pem).getEncoded());
  }

  @Test
  void windowsLineEndingsAreAccepted() {
    String crlf = OAuthTestCase.PRIVATE_KEY_PEM.replace("\n", "\r\n");

    assertEquals("RSA", PemEncoding.readPrivateKey(crlf).getAlgorithm());
  }

  @Test
  void pkcs1KeyIsRefusedNamingTheExpectedFormat() {
    String pkcs1 =
        OAuthTestCase.PRIVATE_KEY_PEM.replace("PRIVATE KEY-----", "RSA PRIVATE KEY-----");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PemEncoding.readPrivateKey(pkcs1));
    assertTrue(e.getMessage().contains("BEGIN PRIVATE KEY"), e.getMessage());
  }

  @Test
  void certificateInPlaceOfAKeyIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> PemEncoding.readPrivateKey(OAuthTestCase.CERTIFICATE_PEM));
    assertThrows(
        IllegalArgumentException.class,
        () -> PemEncoding.readCertificate(OAuthTestCase.PRIVATE_KEY_PEM));
  }
}
