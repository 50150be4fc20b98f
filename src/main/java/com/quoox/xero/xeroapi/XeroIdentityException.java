package com.quoox.xero.xeroapi;

/** Xero's identity service refused or could not be reached; the message is Xero's own words. */
public class XeroIdentityException extends RuntimeException {

  private final int status;
  private final String error;

  public XeroIdentityException(int status, String message) {
    this(status, null, message);
  }

  public XeroIdentityException(int status, String error, String message) {
    super(message);
    this.status = status;
    this.error = error;
  }

  /** The OAuth error code Xero gave (RFC 6749 §5.2), e.g. {@code invalid_grant}, or null. */
  public String error() {
    return error;
  }

  /** The refresh token is spent, expired or revoked: only the user can reconnect. */
  public boolean isInvalidGrant() {
    return "invalid_grant".equals(error);
  }

  /** HTTP status Xero answered, or 0 when it could not be reached. */
  public int status() {
    return status;
  }
}
