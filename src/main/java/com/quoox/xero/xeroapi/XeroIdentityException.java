package com.quoox.xero.xeroapi;

/** Xero's identity service refused or could not be reached; the message is Xero's own words. */
public class XeroIdentityException extends RuntimeException {

  private final int status;

  public XeroIdentityException(int status, String message) {
    super(message);
    this.status = status;
  }

  /** HTTP status Xero answered, or 0 when it could not be reached. */
  public int status() {
    return status;
  }
}
