package com.quoox.xero.dispatch;

import com.quoox.xero.mapping.DocumentDating;
import com.quoox.xero.mapping.MappingException;
import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.outbox.SourceKind;
import com.quoox.xero.xeroapi.XeroErrorTranslator;
import com.quoox.xero.xeroapi.XeroOutcome;
import com.quoox.xero.xeroapi.XeroSession;
import com.xero.models.accounting.ValidationError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Sends a business's sales as invoices, and its payments, up to 50 in one call: Xero allows a
 * tenant 60 calls a minute, so one a call would cap a busy venue at 30 paid sales a minute. Each
 * result is matched to its entry by the document's key (never by position) and recorded there: the
 * good ones SENT, the refused ones NEEDS_ATTENTION with their own message. Entries whose earlier
 * call had an unknown outcome are first looked up, all in one call; those found are SENT, and only
 * the missing ones are sent again, since Xero may no longer replay the key.
 */
@ApplicationScoped
class BatchDelivery {

  /** The kinds that go many to a call, in the order a lane sends them: payments need invoices. */
  static final List<SourceKind> BATCHED = List.of(SourceKind.SALE, SourceKind.PAYMENT);

  @Inject InvoiceBatch invoices;

  @Inject PaymentBatch payments;

  @Inject OutcomeRecorder recorder;

  @Inject DocumentDatings datings;

  /**
   * An entry of a kind that goes in a batch, looked up first if an earlier call may have sent it.
   */
  static boolean batchable(OutboxEntry entry) {
    return BATCHED.contains(entry.getSourceKind());
  }

  /**
   * What came of a batch: when Xero may be tried again if it failed transiently (else empty), and
   * the entries the lane should send one by one because Xero refused the batch as a whole.
   */
  record Result(Optional<Instant> xeroBackAt, List<OutboxEntry> sendAlone) {

    static Result done() {
      return new Result(Optional.empty(), List.of());
    }

    static Result of(Optional<Instant> xeroBackAt) {
      return new Result(xeroBackAt, List.of());
    }
  }

  /** Delivers {@code batch} (two or more of one business's entries of one batched kind). */
  Result deliver(List<OutboxEntry> batch, Lane lane) {
    return switch (batch.get(0).getSourceKind()) {
      case SALE -> deliver(batch, lane, invoices);
      case PAYMENT -> deliver(batch, lane, payments);
      default -> throw new IllegalArgumentException(batch.get(0).getSourceKind() + " in a batch");
    };
  }

  private <D> Result deliver(List<OutboxEntry> batch, Lane lane, BatchedDocuments<D> kind) {
    XeroSession session = lane.session();
    Optional<Instant> held = recorder.holdForBudget(batch, session);
    if (held.isPresent()) {
      return Result.of(held);
    }
    Map<String, Pending<D>> byKey = new LinkedHashMap<>();
    List<OutcomeRecorder.Delivered> decided = new ArrayList<>();
    int prepared = 0;
    try {
      DocumentDating dating = datings.of(session, lane.coding());
      for (; prepared < batch.size(); prepared++) {
        prepare(batch.get(prepared), lane, dating, kind, byKey, decided);
      }
    } catch (IOException e) {
      // Xero could not be read for them (the organisation, its tax rates): not answering now. Those
      // already parked keep that outcome, and those decided without Xero keep theirs.
      recorder.recordDeliveries(decided);
      List<OutboxEntry> unrecorded = new ArrayList<>(entries(byKey));
      unrecorded.addAll(batch.subList(prepared, batch.size()));
      return recordBatchFailure(unrecorded, session, XeroErrorTranslator.translate(e));
    }
    // Decided without Xero (not recorded there, or waiting for another document): one commit.
    recorder.recordDeliveries(decided);
    try {
      recordThoseInXero(byKey, session, kind);
    } catch (PersistenceException e) {
      throw e;
    } catch (Exception e) {
      return recordBatchFailure(entries(byKey), session, XeroErrorTranslator.translate(e));
    }
    return byKey.isEmpty() ? Result.done() : send(byKey, session, kind);
  }

  /** An entry and its document to send. */
  private record Pending<D>(OutboxEntry entry, BatchedDocuments.Prepared.ToSend<D> toSend) {}

  private <D> void prepare(
      OutboxEntry entry,
      Lane lane,
      DocumentDating dating,
      BatchedDocuments<D> kind,
      Map<String, Pending<D>> byKey,
      List<OutcomeRecorder.Delivered> decidedOnes)
      throws IOException {
    BatchedDocuments.Prepared<D> prepared;
    try {
      prepared = kind.prepare(entry, lane, dating);
    } catch (MappingException e) {
      recorder.parked(entry, e.getMessage());
      return;
    }
    if (prepared instanceof BatchedDocuments.Prepared.Decided<D> decided) {
      decidedOnes.add(new OutcomeRecorder.Delivered(entry, decided.delivery()));
      return;
    }
    var toSend = (BatchedDocuments.Prepared.ToSend<D>) prepared;
    Pending<D> previous =
        byKey.putIfAbsent(kind.matchKey(toSend.document()), new Pending<>(entry, toSend));
    if (previous != null) {
      // Two documents with one key cannot be told apart in Xero's answer: the later goes alone,
      // next.
      recorder.record(
          entry,
          x ->
              x.waitUntil(
                  "Sent after the " + kind.noun() + " with the same reference", Instant.now()),
          "same reference as " + previous.entry().getSourceNumber() + ", sent alone next");
    }
  }

  /**
   * Looks up, in one call, the documents that an earlier call may have created; those found are
   * recorded SENT and taken out of {@code byKey}.
   */
  private <D> void recordThoseInXero(
      Map<String, Pending<D>> byKey, XeroSession session, BatchedDocuments<D> kind)
      throws IOException {
    List<D> unsure =
        byKey.values().stream()
            .filter(p -> p.entry().mayBeInXero())
            .map(p -> p.toSend().document())
            .toList();
    if (unsure.isEmpty()) {
      return;
    }
    List<OutcomeRecorder.Delivered> inXero = new ArrayList<>();
    kind.findInXero(session, unsure)
        .forEach(
            (key, found) -> {
              Pending<D> pending = byKey.remove(key);
              if (pending != null) {
                inXero.add(delivered(pending, found));
              }
            });
    recorder.recordDeliveries(inXero);
  }

  private static <D> OutcomeRecorder.Delivered delivered(Pending<D> pending, D inXero) {
    return new OutcomeRecorder.Delivered(pending.entry(), pending.toSend().asSent().apply(inXero));
  }

  private <D> Result send(
      Map<String, Pending<D>> byKey, XeroSession session, BatchedDocuments<D> kind) {
    List<OutboxEntry> sent = entries(byKey);
    List<D> created;
    try {
      created =
          kind.create(
              session,
              byKey.values().stream().map(p -> p.toSend().document()).toList(),
              batchKey(sent));
    } catch (PersistenceException e) {
      throw e;
    } catch (Exception e) {
      return recordBatchFailure(sent, session, XeroErrorTranslator.translate(e));
    }
    List<OutcomeRecorder.Delivered> inXero = new ArrayList<>();
    for (D result : created == null ? List.<D>of() : created) {
      String key = kind.matchKey(result);
      Pending<D> pending = key == null ? null : byKey.get(key);
      if (pending == null) {
        continue;
      }
      if (kind.refused(result)) {
        byKey.remove(key);
        recorder.rejected(List.of(pending.entry()), validationMessages(kind, result));
      } else if (created(kind.xeroId(result))) {
        byKey.remove(key);
        inXero.add(delivered(pending, result));
      }
      // Neither refused nor given an id: whether Xero made it is unknown; looked up next time.
    }
    recorder.recordDeliveries(inXero);
    if (!byKey.isEmpty()) {
      // Not Xero's documented answer: those it did not answer for are looked up next time.
      return recordBatchFailure(
          entries(byKey),
          session,
          new XeroOutcome.RetryLater(
              null,
              "Xero's answer to a batch of "
                  + sent.size()
                  + " "
                  + kind.noun()
                  + "s named no result for this one"));
    }
    return Result.done();
  }

  private static boolean created(UUID id) {
    return id != null && (id.getMostSignificantBits() != 0 || id.getLeastSignificantBits() != 0);
  }

  private static <D> List<OutboxEntry> entries(Map<String, Pending<D>> byKey) {
    return byKey.values().stream().map(Pending::entry).toList();
  }

  /**
   * The whole call failed. Transient (5xx, timeout, 429): every entry waits as it would alone, and
   * for an unknown outcome is marked as maybe in Xero, so it is looked up before it is sent again.
   * Any other refusal of the batch as a whole: each entry goes alone at once, looked up first.
   */
  private Result recordBatchFailure(
      List<OutboxEntry> batch, XeroSession session, XeroOutcome outcome) {
    if (batch.isEmpty()) {
      return Result.done();
    }
    if (!(outcome instanceof XeroOutcome.Rejected)) {
      return Result.of(recorder.recordFailure(batch, Optional.of(session), outcome));
    }
    // Refused as a whole, which Xero does not do with summarizeErrors=false: each goes alone now,
    // looked up first, so Xero names the problem of each and nothing is created twice.
    batch.forEach(OutboxEntry::outcomeUnknown);
    return new Result(Optional.empty(), batch);
  }

  /**
   * One key for exactly these entries' requests: the same across the automatic retries of this
   * call, and never another batch's, since an entry is in one batch at most.
   */
  private static String batchKey(List<OutboxEntry> batch) {
    String keys = batch.stream().map(OutboxEntry::idempotencyKey).collect(Collectors.joining(","));
    return "batch-" + UUID.nameUUIDFromBytes(keys.getBytes(StandardCharsets.UTF_8));
  }

  private static <D> String validationMessages(BatchedDocuments<D> kind, D result) {
    List<ValidationError> errors = kind.validationErrors(result);
    String messages =
        errors == null
            ? ""
            : errors.stream()
                .map(ValidationError::getMessage)
                .filter(Objects::nonNull)
                .collect(Collectors.joining("; "));
    return messages.isEmpty()
        ? "Xero refused the " + kind.noun() + " without saying why"
        : messages;
  }
}
