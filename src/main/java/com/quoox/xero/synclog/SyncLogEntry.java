package com.quoox.xero.synclog;

import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.outbox.OutboxState;
import com.quoox.xero.outbox.SourceKind;

/** One line of the sync log: an outbox entry as a person reads it. */
public record SyncLogEntry(
    String id,
    SourceKind kind,
    String sourceId,
    String number,
    OutboxState status,
    int attempts,
    String lastError,
    String xeroId,
    String xeroNumber,
    String xeroUrl,
    String createdAt,
    String updatedAt,
    String nextAttemptAt) {

  static SyncLogEntry of(OutboxEntry entry, XeroLinks links) {
    return new SyncLogEntry(
        entry.getId(),
        entry.getSourceKind(),
        entry.getSourceId(),
        entry.getSourceNumber(),
        entry.getState(),
        entry.getAttempts(),
        entry.getLastError(),
        entry.getXeroDocumentId(),
        entry.getXeroDocumentNumber(),
        links.of(entry.getSourceKind(), entry.getXeroDocumentId()),
        entry.getCreatedAt().toString(),
        entry.getUpdatedAt().toString(),
        entry.getNextAttemptAt() == null ? null : entry.getNextAttemptAt().toString());
  }
}
