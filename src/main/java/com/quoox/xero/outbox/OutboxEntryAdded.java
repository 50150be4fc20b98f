package com.quoox.xero.outbox;

/**
 * Fired when an entry is added, so the dispatcher can send it as soon as the sale's transaction
 * commits instead of at its next tick.
 */
public record OutboxEntryAdded(String entryId) {}
