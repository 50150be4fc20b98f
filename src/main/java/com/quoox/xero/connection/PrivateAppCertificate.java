package com.quoox.xero.connection;

/**
 * A legacy private app's self-signed certificate, for the business to upload to Xero, and the
 * private key that signs its calls (PKCS#8 PEM, to be encrypted with {@link SecretCipher} before it
 * is stored).
 */
public record PrivateAppCertificate(String certificatePem, String privateKeyPem) {

  /** Leaves the private key out, so a log line or exception message never carries it. */
  @Override
  public String toString() {
    return "PrivateAppCertificate[certificatePem=" + certificatePem + ", privateKeyPem=(hidden)]";
  }
}
