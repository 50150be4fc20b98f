package com.quoox.xero.dispatch;

import com.quoox.xero.coding.MappingsRepository;
import com.quoox.xero.mapping.BusinessCoding;
import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.outbox.OutboxRepository;
import com.quoox.xero.outbox.OutboxState;
import com.quoox.xero.outbox.SourceKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
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

  @Inject InvoiceBatchDelivery batches;

  @Inject DailySummaryDelivery summaries;

  @Inject MappingsRepository mappings;

  @Inject OutboxRepository outbox;

  @Inject DispatchSettings settings;

  @Inject ReadinessHolds holds;

  /**
   * Delivers {@code claimed}: first the sales and refunds that go in daily summaries, then the new
   * sales up to a batch a call, then the others one after another in their order; {@code progress}
   * runs as each call begins. Sales depend on nothing, and what depends on a sale (its payments,
   * refunds) waits for its invoice anyway, so sending the sales first only lets their dependants
   * through sooner.
   */
  void deliverInOrder(List<OutboxEntry> claimed, Runnable progress) {
    Optional<String> held = holds.reasonFor(claimed.get(0).getBusinessId());
    if (held.isPresent()) {
      String reason = "Held until Xero is ready: " + held.get();
      Instant at = Instant.now().plus(ReadinessHolds.WAIT);
      claimed.forEach(entry -> delivery.record(entry, e -> e.waitUntil(reason, at), reason));
      return;
    }
    Optional<BusinessCoding> coding = codingIfDocuments(claimed);
    List<OutboxEntry> summarised =
        coding.isEmpty()
            ? List.of()
            : claimed.stream()
                .filter(e -> DailySummaryDelivery.summarised(e, coding.get()))
                .toList();
    if (summarised.isEmpty()) {
      deliverOwnDocuments(claimed, progress);
      return;
    }
    List<OutboxEntry> rest = new ArrayList<>(claimed);
    rest.removeAll(summarised);
    progress.run();
    Optional<Instant> xeroBackAt = summaries.deliver(summarised, coding.get());
    if (xeroBackAt.isPresent()) {
      postpone(rest, summarised.get(0), xeroBackAt.get());
    } else {
      deliverOwnDocuments(rest, progress);
    }
  }

  /** Entries with a document (or payment, or payout) of their own. */
  private void deliverOwnDocuments(List<OutboxEntry> entries, Runnable progress) {
    List<OutboxEntry> sales = entries.stream().filter(InvoiceBatchDelivery::batchable).toList();
    List<List<OutboxEntry>> calls = new ArrayList<>();
    for (int i = 0; i < sales.size(); i += settings.batchSize()) {
      calls.add(sales.subList(i, Math.min(sales.size(), i + settings.batchSize())));
    }
    entries.stream()
        .filter(entry -> !InvoiceBatchDelivery.batchable(entry))
        .forEach(entry -> calls.add(List.of(entry)));
    for (int i = 0; i < calls.size(); i++) {
      List<OutboxEntry> rest =
          calls.subList(i + 1, calls.size()).stream().flatMap(List::stream).toList();
      List<OutboxEntry> ours = stillOurs(calls.get(i));
      if (ours.isEmpty()) {
        continue;
      }
      extendLease(rest);
      progress.run();
      Optional<Instant> xeroBackAt =
          ours.size() == 1 ? delivery.deliver(ours.get(0)) : batches.deliver(ours);
      if (xeroBackAt.isPresent()) {
        postpone(rest, ours.get(0), xeroBackAt.get());
        return;
      }
    }
  }

  /**
   * The business's coding, which says whether its sales and refunds go in daily summaries: read
   * only by a lane that has sales or refunds.
   */
  private Optional<BusinessCoding> codingIfDocuments(List<OutboxEntry> claimed) {
    boolean documents =
        claimed.stream()
            .anyMatch(
                e ->
                    e.getSummaryKey() != null
                        || e.getSourceKind() == SourceKind.SALE
                        || e.getSourceKind() == SourceKind.REFUND);
    return documents
        ? Optional.of(mappings.codingFor(claimed.get(0).getBusinessId()))
        : Optional.empty();
  }

  /** Those of {@code entries} this node still holds, their leases extended. */
  private List<OutboxEntry> stillOurs(List<OutboxEntry> entries) {
    if (extendLease(entries)) {
      return entries;
    }
    List<OutboxEntry> ours = new ArrayList<>();
    for (OutboxEntry entry : entries) {
      if (extendLease(List.of(entry))) {
        ours.add(entry);
      } else {
        LOG.warnf(
            "Xero dispatch: entry %s was no longer ours to send; left to its new claimer",
            entry.getId());
      }
    }
    return ours;
  }

  private boolean extendLease(List<OutboxEntry> entries) {
    List<String> ids = entries.stream().map(OutboxEntry::getId).toList();
    return outbox.extendLease(ids, settings.nodeName(), settings.lease()) == ids.size();
  }

  /**
   * The rest wait with the entry Xero failed for or could not take yet (its call budget spent); not
   * an attempt of theirs, so no backoff grows.
   */
  private void postpone(List<OutboxEntry> rest, OutboxEntry failed, Instant at) {
    String reason = "Waiting with " + failed.getSourceNumber() + ": Xero could not take it yet";
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
