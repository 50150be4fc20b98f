package com.quoox.xero.connection;

/**
 * Xero (or the check before asking it) refused a private app's settings; {@code field} is the one
 * the user must fix: {@code consumerKey}, or {@code certificate} when the signature was refused.
 */
public class PrivateAppRefused extends RuntimeException {

  private final String field;

  public PrivateAppRefused(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
