package com.quoox.xero.audit;

/** What part of a business's Xero set-up a recorded change was about. */
public enum AuditTopic {
  /** Connecting, choosing the organisation, the private app's certificate, disconnecting. */
  CONNECTION,
  /** The first day whose sales go to Xero. */
  SYNC_START,
  /** The account and tax coding. */
  MAPPINGS,
  /** Payment providers' accounts: payments, fees, payouts. */
  PAYMENTS,
  /** Pausing and resuming sending. */
  DISPATCH,
  /** Retrying and resending entries of the sync log. */
  SYNC_LOG
}
