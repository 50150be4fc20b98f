package com.quoox.xero.connection;

/**
 * A new certificate was asked for while the business is connected through a private app that uses
 * the current one: Xero keeps one certificate per private app, so uploading a new one ends the
 * connection until the consumer key is saved again.
 */
public class CertificateInUse extends RuntimeException {

  public CertificateInUse(String message) {
    super(message);
  }
}
