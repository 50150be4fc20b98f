package com.quoox.xero.dispatch;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.when;

import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.outbox.OutboxRepository;
import com.quoox.xero.outbox.SourceKind;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Entries claimed by a lane, kept in memory: a mocked {@link OutboxRepository#update} (and {@code
 * updateAll}) applies each change to them as the database would, so a test reads the outcome off
 * the entry itself.
 */
final class ClaimedEntries {

  private final String businessId;

  private final Map<String, OutboxEntry> stored = new HashMap<>();

  ClaimedEntries(String businessId, OutboxRepository outbox) {
    this.businessId = businessId;
    when(outbox.update(anyString(), any()))
        .thenAnswer(
            call -> {
              OutboxEntry entry = stored.get(call.<String>getArgument(0));
              call.<Consumer<OutboxEntry>>getArgument(1).accept(entry);
              return entry;
            });
    doAnswer(
            call -> {
              call.<Map<String, Consumer<OutboxEntry>>>getArgument(0)
                  .forEach((id, change) -> change.accept(stored.get(id)));
              return null;
            })
        .when(outbox)
        .updateAll(any());
  }

  /** A new entry of {@code kind}, claimed for a minute by node-1. */
  OutboxEntry claimed(SourceKind kind, String number) {
    OutboxEntry entry = OutboxEntry.pending(kind, businessId, kind + "-" + number, number, "{}");
    entry.claim("node-1", Instant.now().plusSeconds(60));
    stored.put(entry.getId(), entry);
    return entry;
  }
}
