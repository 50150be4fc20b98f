package com.quoox.xero.outbox;

/** Where an outbox entry stands on its way to Xero (DESIGN §2). */
public enum OutboxState {
  /** Waiting for its first send. */
  PENDING,
  /** Claimed by a dispatcher; its lease says until when. */
  SENDING,
  /** In Xero; the entry holds Xero's id and number. */
  SENT,
  /** A transient problem (Xero down, 429, timeout): tried again at its next attempt time. */
  RETRY_WAIT,
  /** A permanent problem a person must fix (mapping, bad data); retried only on request. */
  NEEDS_ATTENTION,
  /** The business was not connected to Xero when the entry was due. */
  SKIPPED
}
