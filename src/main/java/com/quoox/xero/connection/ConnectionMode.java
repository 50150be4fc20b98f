package com.quoox.xero.connection;

/** How a business connects to Xero (DESIGN §3). */
public enum ConnectionMode {
  /** OAuth 2.0 "Connect to Xero": the user signs in at Xero; rotating refresh tokens. */
  OAUTH2,

  /** Xero Custom Connection: one organisation, client id and secret, client-credentials tokens. */
  CUSTOM_CONNECTION
}
