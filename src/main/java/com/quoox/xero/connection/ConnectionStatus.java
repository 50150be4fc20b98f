package com.quoox.xero.connection;

/** Whether a connection can be used to send to Xero, and if not, what the user must do. */
public enum ConnectionStatus {
  /** Usable. */
  CONNECTED,
  /** The user authorised several organisations at Xero and must pick the one for this business. */
  CHOOSING_ORGANISATION,
  /**
   * Xero no longer accepts the refresh token (revoked, expired after 60 days unused): reconnect.
   */
  NEEDS_RECONNECT
}
