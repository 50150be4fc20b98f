package com.quoox.xero.webhooks;

/** Where a received webhook event stands. */
enum WebhookEventState {
  /** Stored, not processed yet. */
  RECEIVED,
  /** Its document was read and what Xero shows recorded on its outbox entry. */
  PROCESSED,
  /** Of an organisation no business is connected to, or a document the module did not create. */
  IGNORED
}
