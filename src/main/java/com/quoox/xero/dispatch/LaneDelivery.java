package com.quoox.xero.dispatch;

import com.quoox.xero.coding.MappingsRepository;
import com.quoox.xero.connection.ConnectionNotUsable;
import com.quoox.xero.connection.XeroSessions;
import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.outbox.OutboxRepository;
import com.quoox.xero.outbox.OutboxState;
import com.quoox.xero.outbox.SourceKind;
import com.quoox.xero.xeroapi.XeroErrorTranslator;
import com.quoox.xero.xeroapi.XeroIdentityException;
import com.quoox.xero.xeroapi.XeroOutcome;
import com.quoox.xero.xeroapi.XeroSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
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

  @Inject BatchDelivery batches;

  @Inject DailySummaryDelivery summaries;

  @Inject MappingsRepository mappings;

  @Inject XeroSessions sessions;

  @Inject OutcomeRecorder recorder;

  @Inject OutboxRepository outbox;

  @Inject DispatchSettings settings;

  @Inject ReadinessHolds holds;

  /**
   * Delivers {@code claimed}: first the sales and refunds that go in daily summaries, then the new
   * sales up to a batch a call, then their payments likewise, then the others one after another in
   * their order; {@code progress} runs as each call begins. Sales depend on nothing, and what
   * depends on a sale (its payments, refunds) waits for its invoice anyway, so sending the sales
   * first only lets their dependants through sooner.
   */
  void deliverInOrder(List<OutboxEntry> claimed, Runnable progress) {
    Optional<String> held = holds.reasonFor(claimed.get(0).getBusinessId());
    if (held.isPresent()) {
      recorder.waitUntil(
          claimed,
          "Held until Xero is ready: " + held.get(),
          Instant.now().plus(ReadinessHolds.WAIT));
      return;
    }
    Optional<Lane> opened = open(claimed);
    if (opened.isEmpty()) {
      return;
    }
    Lane lane = opened.get();
    List<OutboxEntry> summarised =
        claimed.stream().filter(e -> DailySummaryDelivery.summarised(e, lane.coding())).toList();
    if (summarised.isEmpty()) {
      deliverOwnDocuments(claimed, lane, progress);
      return;
    }
    List<OutboxEntry> rest = new ArrayList<>(claimed);
    rest.removeAll(summarised);
    progress.run();
    Optional<Instant> xeroBackAt = summaries.deliver(summarised, lane);
    if (xeroBackAt.isPresent()) {
      postpone(rest, summarised.get(0), xeroBackAt.get());
    } else {
      deliverOwnDocuments(rest, lane, progress);
    }
  }

  /**
   * The business's session and coding for this turn, opened once; empty, with every claimed entry's
   * outcome recorded, when there is no session to send with: the business is not connected, its
   * connection waits for the user, or Xero's token endpoint failed.
   */
  private Optional<Lane> open(List<OutboxEntry> claimed) {
    String businessId = claimed.get(0).getBusinessId();
    Optional<XeroSession> session;
    try {
      session = sessions.open(businessId);
    } catch (ConnectionNotUsable e) {
      recorder.waitForReconnect(claimed, e.getMessage());
      return Optional.empty();
    } catch (PersistenceException e) {
      throw e;
    } catch (RuntimeException e) {
      recorder.recordFailure(claimed, Optional.empty(), tokenNotGiven(e));
      return Optional.empty();
    }
    if (session.isEmpty()) {
      recorder.recordNotConnected(claimed, leaveSummariesNotInXero(claimed));
      return Optional.empty();
    }
    return Optional.of(new Lane(session.get(), mappings.codingFor(businessId)));
  }

  /**
   * No session could be opened. Xero's identity service down or slow: as transient as any failed
   * call. Refusing (the custom connection's credentials were revoked or changed at Xero): the
   * connection needs the user, and its entries wait for the reconnection rather than each being
   * parked. Anything else (a stored secret that cannot be decrypted, say, its key removed too soon)
   * is the module's own trouble, not the connection's: the entries wait and try again, and the
   * cause is logged for the operator.
   */
  private static XeroOutcome tokenNotGiven(RuntimeException e) {
    if (!(e instanceof XeroIdentityException)) {
      LOG.errorf(e, "Xero dispatch: no session could be opened; the entries wait");
      return new XeroOutcome.RetryLater(null, "No session with Xero could be opened: " + e);
    }
    XeroOutcome outcome = XeroErrorTranslator.translate(e);
    return outcome instanceof XeroOutcome.Rejected refused
        ? new XeroOutcome.AccessRevoked(
            "Xero gave no access token: "
                + refused.reason()
                + ". Reconnect to Xero; sales wait until then.")
        : outcome;
  }

  /**
   * A daily summary none of whose entries may be in Xero is let go by its entries that cannot be
   * sent now, so a person's Resend of some of them groups those afresh; one that may be in Xero
   * keeps them, to be looked up and sent with exactly them.
   */
  private static Consumer<OutboxEntry> leaveSummariesNotInXero(List<OutboxEntry> claimed) {
    Set<String> mayBeInXero =
        claimed.stream()
            .filter(OutboxEntry::mayBeInXero)
            .map(OutboxEntry::getSummaryKey)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    return e -> {
      if (e.getSummaryKey() != null && !mayBeInXero.contains(e.getSummaryKey())) {
        e.leaveSummary();
      }
    };
  }

  /**
   * Entries with a document (or payment, or payout) of their own: the sales up to a batch a call,
   * then their payments likewise (their invoices are in Xero by then), then the others alone.
   */
  private void deliverOwnDocuments(List<OutboxEntry> entries, Lane lane, Runnable progress) {
    List<List<OutboxEntry>> calls = new ArrayList<>();
    for (SourceKind kind : BatchDelivery.BATCHED) {
      List<OutboxEntry> ofKind = entries.stream().filter(e -> e.getSourceKind() == kind).toList();
      for (int i = 0; i < ofKind.size(); i += settings.batchSize()) {
        calls.add(ofKind.subList(i, Math.min(ofKind.size(), i + settings.batchSize())));
      }
    }
    entries.stream()
        .filter(entry -> !BatchDelivery.batchable(entry))
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
      Optional<Instant> xeroBackAt = deliverCall(ours, lane, progress);
      if (xeroBackAt.isPresent()) {
        postpone(rest, ours.get(0), xeroBackAt.get());
        return;
      }
    }
  }

  /**
   * One call's entries: alone, or as a batch; a batch Xero refused as a whole goes one by one, so
   * Xero names each one's problem.
   */
  private Optional<Instant> deliverCall(List<OutboxEntry> ours, Lane lane, Runnable progress) {
    if (ours.size() == 1) {
      return delivery.deliver(ours.get(0), lane);
    }
    BatchDelivery.Result result = batches.deliver(ours, lane);
    if (result.xeroBackAt().isPresent()) {
      return result.xeroBackAt();
    }
    for (OutboxEntry entry : result.sendAlone()) {
      progress.run();
      Optional<Instant> back = delivery.deliver(entry, lane);
      if (back.isPresent()) {
        return back;
      }
    }
    return Optional.empty();
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
