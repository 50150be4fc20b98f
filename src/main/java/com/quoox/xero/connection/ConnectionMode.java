package com.quoox.xero.connection;

/** How a business connects to Xero (DESIGN §3). */
public enum ConnectionMode {
  /** OAuth 2.0 "Connect to Xero": the user signs in at Xero; rotating refresh tokens. */
  OAUTH2,

  /** Xero Custom Connection: one organisation, client id and secret, client-credentials tokens. */
  CUSTOM_CONNECTION,

  /**
   * Xero private app (before May 2020): consumer key and an X509 certificate uploaded to Xero;
   * every call signed with OAuth 1.0a RSA-SHA1. Xero retired private apps in 2021; kept for
   * compatible endpoints and faithful migration of old settings.
   */
  LEGACY_PRIVATE_APP
}
