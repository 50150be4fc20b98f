package com.quoox.xero.dispatch;

import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.outbox.OutboxRepository;
import com.quoox.xero.outbox.OutboxState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Delivers one business's claimed entries on its lane, in their order. Before each entry it extends
 * the lease of the entries it still holds, so a slow lane keeps its claims while it makes progress
 * and loses them (to another node) only when it hangs; at Xero's first transient failure it stops,
 * since the business's other entries would only wait for the same outage while holding a lane.
 */
@ApplicationScoped
class LaneDelivery {

  private static final Logger LOG = Logger.getLogger(LaneDelivery.class);

  @Inject EntryDelivery delivery;

  @Inject OutboxRepository outbox;

  @Inject DispatchSettings settings;

  /** Delivers {@code entries} one after another; {@code progress} runs as each one begins. */
  void deliverInOrder(List<OutboxEntry> entries, Runnable progress) {
    for (int i = 0; i < entries.size(); i++) {
      OutboxEntry entry = entries.get(i);
      List<OutboxEntry> rest = entries.subList(i + 1, entries.size());
      if (!extendLease(List.of(entry))) {
        LOG.warnf(
            "Xero dispatch: entry %s was no longer ours to send; left to its new claimer",
            entry.getId());
        continue;
      }
      extendLease(rest);
      progress.run();
      Optional<Instant> xeroBackAt = delivery.deliver(entry);
      if (xeroBackAt.isPresent()) {
        postpone(rest, entry, xeroBackAt.get());
        return;
      }
    }
  }

  private boolean extendLease(List<OutboxEntry> entries) {
    List<String> ids = entries.stream().map(OutboxEntry::getId).toList();
    return outbox.extendLease(ids, settings.nodeName(), settings.lease()) == ids.size();
  }

  /** The rest wait with the failed entry; not an attempt of theirs, so no backoff grows. */
  private void postpone(List<OutboxEntry> rest, OutboxEntry failed, Instant at) {
    String reason = "Waiting with " + failed.getSourceNumber() + ": Xero failed for it";
    if (!rest.isEmpty()) {
      LOG.infof(
          "Xero sync: business %s: %d more entries wait with %s until %s",
          failed.getBusinessId(), rest.size(), failed.getSourceNumber(), at);
    }
    for (OutboxEntry entry : rest) {
      outbox.update(
          entry.getId(),
          e -> {
            if (e.getState() == OutboxState.SENDING) {
              e.waitUntil(reason, at);
            }
          });
    }
  }
}
