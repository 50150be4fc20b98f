package com.quoox.xero.connection;

/** The test connection did not pass; the message says why, in Xero's words where it has them. */
public class ConnectionTestFailed extends RuntimeException {

  public ConnectionTestFailed(String message) {
    super(message);
  }
}
