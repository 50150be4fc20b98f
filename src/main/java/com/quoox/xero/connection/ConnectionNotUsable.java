package com.quoox.xero.connection;

/**
 * The business is connected but the connection cannot be used until the user acts (reconnect, or
 * choose the organisation). Entries wait; nothing is lost.
 */
public class ConnectionNotUsable extends RuntimeException {

  public ConnectionNotUsable(String message) {
    super(message);
  }
}
