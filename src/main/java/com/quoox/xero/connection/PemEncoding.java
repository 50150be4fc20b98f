package com.quoox.xero.connection;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * Writes and reads the two PEM texts of a legacy private app (RFC 7468): the certificate the
 * business uploads to Xero, and the RSA private key as unencrypted PKCS#8, which is stored only
 * after {@link SecretCipher} has encrypted it.
 */
final class PemEncoding {

  private static final String CERTIFICATE = "CERTIFICATE";
  private static final String PRIVATE_KEY = "PRIVATE KEY";

  private PemEncoding() {}

  static String certificate(X509Certificate certificate) {
    try {
      return pem(CERTIFICATE, certificate.getEncoded());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not encode the certificate", e);
    }
  }

  static String privateKey(PrivateKey key) {
    if (!"PKCS#8".equals(key.getFormat())) {
      throw new IllegalArgumentException("Expected a PKCS#8 private key, got " + key.getFormat());
    }
    return pem(PRIVATE_KEY, key.getEncoded());
  }

  static X509Certificate readCertificate(String pem) {
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(body(pem, CERTIFICATE)));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("Not a valid X509 certificate", e);
    }
  }

  /** An RSA key in PKCS#8 ("BEGIN PRIVATE KEY"); PKCS#1 ("BEGIN RSA PRIVATE KEY") is refused. */
  static PrivateKey readPrivateKey(String pem) {
    try {
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(body(pem, PRIVATE_KEY)));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("Not a valid PKCS#8 RSA private key", e);
    }
  }

  /** RFC 7468 §2: base64 in lines of 64 characters between the BEGIN and END lines. */
  private static String pem(String label, byte[] der) {
    String base64 =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + label + "-----\n" + base64 + "\n-----END " + label + "-----\n";
  }

  private static byte[] body(String pem, String label) {
    String begin = "-----BEGIN " + label + "-----";
    String end = "-----END " + label + "-----";
    int from = pem.indexOf(begin);
    int to = pem.indexOf(end);
    if (from < 0 || to < from) {
      throw new IllegalArgumentException(
          "Expected PEM text between '" + begin + "' and '" + end + "'");
    }
    // The MIME decoder skips the line breaks (LF or CRLF) inside the base64.
    return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
  }
}
