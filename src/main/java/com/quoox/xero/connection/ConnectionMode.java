package com.quoox.xero.connection;

/** How a business connects to Xero (DESIGN §3). */
public enum ConnectionMode {
  /** Xero Custom Connection: one organisation, client id and secret, client-credentials tokens. */
  CUSTOM_CONNECTION
}
