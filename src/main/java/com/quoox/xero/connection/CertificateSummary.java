package com.quoox.xero.connection;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

/**
 * What the settings screen shows of a private app's certificate, to compare with the one uploaded
 * at Xero: its subject, SHA-256 fingerprint (colon-separated hex, as browsers and openssl show it)
 * and end of validity.
 */
public record CertificateSummary(String subject, String sha256Fingerprint, String notAfter) {

  public static CertificateSummary of(String certificatePem) {
    X509Certificate certificate = PemEncoding.readCertificate(certificatePem);
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
      return new CertificateSummary(
          certificate.getSubjectX500Principal().getName(),
          HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest),
          certificate.getNotAfter().toInstant().toString());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not read the private app's certificate", e);
    }
  }
}
