package com.quoox.xero.dispatch;

import com.quoox.xero.chart.OrganisationCharts;
import com.quoox.xero.coding.MappingsRepository;
import com.quoox.xero.connection.SyncStarts;
import com.quoox.xero.connection.XeroSessions;
import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.outbox.OutboxRepository;
import com.quoox.xero.outbox.SourceKind;
import com.quoox.xero.xeroapi.XeroCallBudget;
import com.quoox.xero.xeroapi.XeroErrorTranslator;
import com.quoox.xero.xeroapi.XeroOutcome;
import com.quoox.xero.xeroapi.XeroScopes;
import com.quoox.xero.xeroapi.XeroSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * The one place that records what came of sending entries, on the entries themselves, with one log
 * line per outcome: SENT, RETRY_WAIT (transient, or waiting for something), NEEDS_ATTENTION (a
 * person must fix something) or SKIPPED (never connected, or not to be recorded in Xero); and what
 * each outcome means for the connection and the business's circuit.
 */
@ApplicationScoped
class OutcomeRecorder {

  private static final Logger LOG = Logger.getLogger(OutcomeRecorder.class);

  /** How soon to try again with a new token after Xero refused one. */
  static final Duration SHORT_WAIT = Duration.ofSeconds(1);

  /** How often an entry looks again while its business must reconnect to Xero. */
  static final Duration WAIT_FOR_RECONNECT = Duration.ofMinutes(5);

  @Inject XeroSessions sessions;

  @Inject SyncStarts syncStarts;

  @Inject MappingsRepository mappings;

  @Inject OutboxRepository outbox;

  @Inject DispatchSettings settings;

  @Inject DeliveryOutcomes outcomes;

  @Inject XeroCallBudget budget;

  @Inject OrganisationCharts charts;

  /**
   * The business has no connection now. If it was connected, its books are in Xero and the entries
   * wait for it to connect again (nothing is lost; connecting wakes them). If it never was, they
   * are skipped: at its first connection, those recorded from the day it chose go.
   */
  void recordNotConnected(List<OutboxEntry> entries, Consumer<OutboxEntry> alsoChange) {
    boolean wasConnected = syncStarts.everConnected(entries.get(0).getBusinessId());
    Instant at = Instant.now().plus(WAIT_FOR_RECONNECT);
    for (OutboxEntry entry : entries) {
      record(
          entry,
          e -> {
            alsoChange.accept(e);
            if (wasConnected) {
              e.waitUntil(OutboxEntry.WAITING_FOR_CONNECTION, at);
            } else {
              e.skip(OutboxEntry.NEVER_CONNECTED);
            }
          },
          wasConnected ? "waiting: not connected" : "skipped: never connected");
    }
  }

  /** The entry could not be mapped: a person must fix the coding or the sale first. */
  void parked(OutboxEntry entry, String reason) {
    parked(entry, e -> {}, reason);
  }

  /** As {@link #parked(OutboxEntry, String)}, with {@code alsoChange} applied too. */
  void parked(OutboxEntry entry, Consumer<OutboxEntry> alsoChange, String reason) {
    record(
        entry,
        e -> {
          alsoChange.accept(e);
          e.park(reason);
        },
        "needs attention: " + reason);
    outcomes.parked(entry.getBusinessId());
  }

  /** Not the entries' fault: they wait for the user to reconnect, and nothing is lost. */
  void waitForReconnect(List<OutboxEntry> entries, String reason) {
    Instant at = Instant.now().plus(WAIT_FOR_RECONNECT);
    entries.forEach(entry -> record(entry, e -> e.waitUntil(reason, at), "waiting: " + reason));
  }

  /** The entries wait until {@code at}, not an attempt of theirs: nothing failed. */
  void waitUntil(List<OutboxEntry> entries, String reason, Instant at) {
    entries.forEach(entry -> record(entry, e -> e.waitUntil(reason, at), reason));
  }

  /**
   * When the organisation's calls are down to the reserve Xero's headers showed, the entries wait
   * (not an attempt of theirs, nothing failed) until its window renews; empty to send now.
   */
  Optional<Instant> holdForBudget(List<OutboxEntry> entries, XeroSession session) {
    Optional<Instant> until = budget.holdUntil(session.tenantId());
    until.ifPresent(
        at -> {
          waitUntil(
              entries,
              "Xero's calls for this organisation are down to the reserve; sending at " + at,
              at);
          outcomes.callsSpent(entries.get(0).getBusinessId(), at);
        });
    return until;
  }

  /** An entry and what sending it came to. */
  record Delivered(OutboxEntry entry, Delivery delivery) {}

  void recordDelivery(OutboxEntry entry, Delivery delivery) {
    recordDeliveries(List.of(new Delivered(entry, delivery)));
  }

  /**
   * Records what came of one business's entries dealt with together (sent in one call, or decided
   * without Xero while a batch was prepared), in one transaction: a batch of 50 is one commit, not
   * 50 (on PostgreSQL each commit waits for its WAL flush). Should that commit fail, the entries
   * stay claimed as sending, and are looked up in Xero before they go again.
   */
  void recordDeliveries(List<Delivered> delivered) {
    if (delivered.isEmpty()) {
      return;
    }
    Map<String, Consumer<OutboxEntry>> changes = new LinkedHashMap<>();
    delivered.forEach(d -> changes.put(d.entry().getId(), change(d.delivery())));
    outbox.updateAll(changes);
    delivered.forEach(d -> log(d.entry(), what(d.delivery())));
    int sent = (int) delivered.stream().filter(d -> d.delivery() instanceof Delivery.Sent).count();
    if (sent > 0) {
      outcomes.sent(delivered.get(0).entry().getBusinessId(), sent);
    }
  }

  private static Consumer<OutboxEntry> change(Delivery delivery) {
    if (delivery instanceof Delivery.Sent sent) {
      return e -> e.markSent(sent.xeroId(), sent.xeroNumber(), sent.contactId(), sent.note());
    }
    if (delivery instanceof Delivery.Waiting waiting) {
      return e -> e.waitUntil(waiting.reason(), waiting.at());
    }
    Delivery.NotRecorded notRecorded = (Delivery.NotRecorded) delivery;
    return e -> e.skip(notRecorded.reason());
  }

  private static String what(Delivery delivery) {
    if (delivery instanceof Delivery.Sent sent) {
      return "sent as " + sent.xeroNumber() + (sent.note() == null ? "" : " (" + sent.note() + ")");
    }
    if (delivery instanceof Delivery.Waiting waiting) {
      return waiting.reason();
    }
    return ((Delivery.NotRecorded) delivery).reason();
  }

  /**
   * Records one failed call for the entries it carried (one entry, a batch or a daily summary). A
   * transient failure gives them all one retry time, so they are due, and claimed, together again.
   * Answers when the business's other entries may go: after a transient failure, a refused token or
   * revoked access, the lane stops, since they would only meet the same answer.
   */
  Optional<Instant> recordFailure(
      List<OutboxEntry> sent, Optional<XeroSession> session, XeroOutcome outcome) {
    String businessId = sent.get(0).getBusinessId();
    if (outcome instanceof XeroOutcome.RetryLater retry) {
      // The most-tried entry sets the delay: a sale that joined the call late must not shorten
      // the back-off of one that has met the failing Xero for longer.
      int attempts = sent.stream().mapToInt(OutboxEntry::getAttempts).max().orElse(1);
      Instant at = Instant.now().plus(settings.retryPolicy().delayAfter(attempts, retry.after()));
      for (OutboxEntry entry : sent) {
        record(
            entry,
            e -> {
              e.scheduleRetry(retry.reason(), at);
              if (!retry.askedToWait()) {
                // A 429 is answered before Xero does anything; a timeout or 5xx may come after.
                e.outcomeUnknown();
              }
            },
            "will retry at " + at + ": " + retry.reason());
        if (retry.askedToWait()) {
          outcomes.rateLimited(businessId);
        }
      }
      if (retry.askedToWait()) {
        outcomes.callsSpent(businessId, at);
      } else {
        outcomes.failedTransiently(businessId, sent.size());
      }
      return Optional.of(at);
    } else if (outcome instanceof XeroOutcome.TokenRefused refused) {
      if (sent.stream().allMatch(e -> refused.reason().equals(e.getLastError()))) {
        // Refused again with the token fetched after the first refusal: not an expired token but a
        // scope the connection lacks (or a grant removed). Renewing again would loop forever.
        parkForMissingScope(sent);
        return Optional.empty();
      }
      session.ifPresent(sessions::tokenRefused);
      Instant at = Instant.now().plus(SHORT_WAIT);
      for (OutboxEntry entry : sent) {
        record(
            entry,
            e -> e.scheduleRetry(refused.reason(), at),
            "token refused, retrying with a new one");
      }
      // The lane's session holds the refused token: the rest go with a new one, shortly.
      return Optional.of(at);
    } else if (outcome instanceof XeroOutcome.AccessRevoked revoked) {
      // The organisation or the app was removed in Xero: the connection waits for the user, and
      // its entries wait with it; reconnecting sends them at once.
      sessions.accessRevoked(businessId, revoked.reason());
      Instant at = Instant.now().plus(WAIT_FOR_RECONNECT);
      for (OutboxEntry entry : sent) {
        record(entry, e -> e.waitUntil(revoked.reason(), at), "waiting: " + revoked.reason());
      }
      return Optional.of(at);
    } else {
      rejected(sent, outcome.reason());
    }
    return Optional.empty();
  }

  /**
   * Xero refused the entries' documents: parked with Xero's words. A refusal for a locked period,
   * of a business that dates locked days on the first open day, means the lock date it knew was
   * stale (the accountant just locked a period): read afresh and sent again once; refused again,
   * parked.
   */
  void rejected(List<OutboxEntry> refused, String reason) {
    String businessId = refused.get(0).getBusinessId();
    boolean redate =
        XeroErrorTranslator.lockedPeriod(reason)
            && refused.stream().noneMatch(e -> reason.equals(e.getLastError()))
            && mappings.codingFor(businessId).datesOnFirstOpenDay();
    if (redate) {
      charts.forgetOrganisation(businessId);
      Instant at = Instant.now().plus(SHORT_WAIT);
      refused.forEach(
          entry ->
              record(
                  entry,
                  e -> {
                    e.scheduleRetry(reason, at);
                    e.newRequest();
                  },
                  "locked period: dating it anew"));
      return;
    }
    for (OutboxEntry entry : refused) {
      record(entry, e -> e.park(reason), "needs attention: " + reason);
      outcomes.rejectedByXero(businessId);
    }
  }

  /**
   * Parks the entries with the scope their kind needs, and notes it on the connection, so the user
   * reconnects and allows it; entries of other kinds keep going.
   */
  private void parkForMissingScope(List<OutboxEntry> sent) {
    String businessId = sent.get(0).getBusinessId();
    for (OutboxEntry entry : sent) {
      String scope = scopeFor(entry.getSourceKind());
      String reason = "Xero refused: the connection lacks " + scope + "; reconnect and allow it";
      record(entry, e -> e.park(reason), "needs attention: " + reason);
      outcomes.rejectedByXero(businessId);
    }
    // Noted on the connection once per scope, not once per entry of the call.
    sent.stream()
        .map(entry -> scopeFor(entry.getSourceKind()))
        .distinct()
        .forEach(scope -> sessions.scopeMissing(businessId, scope));
  }

  /** The granular scope an entry's calls to Xero need. */
  static String scopeFor(SourceKind kind) {
    return switch (kind) {
      case SALE, REFUND -> XeroScopes.INVOICES;
      case PAYMENT, REFUND_PAYMENT -> XeroScopes.PAYMENTS;
      case PAYOUT -> XeroScopes.BANK_TRANSACTIONS;
    };
  }

  void record(OutboxEntry entry, Consumer<OutboxEntry> change, String what) {
    outbox.update(entry.getId(), change);
    log(entry, what);
  }

  private static void log(OutboxEntry entry, String what) {
    LOG.infof(
        "Xero sync: business %s %s %s (entry %s, attempt %d) %s",
        entry.getBusinessId(),
        entry.getSourceKind(),
        entry.getSourceNumber(),
        entry.getId(),
        entry.getAttempts(),
        what);
  }
}
