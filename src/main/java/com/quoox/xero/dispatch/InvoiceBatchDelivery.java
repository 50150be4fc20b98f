package com.quoox.xero.dispatch;

import com.quoox.xero.mapping.DocumentDating;
import com.quoox.xero.mapping.MappingException;
import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.outbox.SourceKind;
import com.quoox.xero.xeroapi.XeroAccounting;
import com.quoox.xero.xeroapi.XeroErrorTranslator;
import com.quoox.xero.xeroapi.XeroOutcome;
import com.quoox.xero.xeroapi.XeroSession;
import com.xero.models.accounting.Invoice;
import com.xero.models.accounting.ValidationError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Sends a business's sales as invoices, up to 50 in one call: Xero allows a tenant 60 calls a
 * minute, so one invoice a call would cap a busy venue at 60 sales a minute. Each invoice's result
 * is matched to its entry by Reference (never by position) and recorded there: the good ones SENT,
 * the refused ones NEEDS_ATTENTION with their own message. Sales whose earlier call had an unknown
 * outcome are first looked up by their references, all in one call; those found are SENT, and only
 * the missing ones are sent again, since Xero may no longer replay the key.
 */
@ApplicationScoped
class InvoiceBatchDelivery {

  @Inject InvoiceSender invoices;

  @Inject XeroAccounting xero;

  @Inject OutcomeRecorder recorder;

  @Inject DocumentDatings datings;

  /** A sale: it goes in a batch, looked up first if an earlier call may have created it. */
  static boolean batchable(OutboxEntry entry) {
    return entry.getSourceKind() == SourceKind.SALE;
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

  /** Delivers {@code batch} (two or more of one business's batchable entries) in the lane. */
  Result deliver(List<OutboxEntry> batch, Lane lane) {
    XeroSession session = lane.session();
    Optional<Instant> held = recorder.holdForBudget(batch, session);
    if (held.isPresent()) {
      return Result.of(held);
    }
    DocumentDating dating;
    try {
      dating = datings.of(session, lane.coding());
    } catch (IOException e) {
      return recordBatchFailure(batch, session, XeroErrorTranslator.translate(e));
    }
    Map<String, Mapped> byReference = new LinkedHashMap<>();
    for (OutboxEntry entry : batch) {
      try {
        InvoiceSender.MappedSale sale = invoices.map(entry, lane.coding(), dating);
        Mapped previous =
            byReference.putIfAbsent(sale.invoice().getReference(), new Mapped(entry, sale));
        if (previous != null) {
          // Two sales with one reference cannot be told apart in Xero's answer: the later goes
          // alone, next.
          recorder.record(
              entry,
              x -> x.waitUntil("Sent after the sale with the same reference", Instant.now()),
              "same reference as " + previous.entry().getSourceNumber() + ", sent alone next");
        }
      } catch (MappingException e) {
        recorder.parked(entry, e.getMessage());
      } catch (IOException e) {
        // The organisation's tax rates could not be read: Xero is not answering now.
        return recordBatchFailure(batch, session, XeroErrorTranslator.translate(e));
      }
    }
    try {
      recordThoseInXero(byReference, session);
    } catch (PersistenceException e) {
      throw e;
    } catch (Exception e) {
      return recordBatchFailure(
          byReference.values().stream().map(Mapped::entry).toList(),
          session,
          XeroErrorTranslator.translate(e));
    }
    if (byReference.isEmpty()) {
      return Result.done();
    }
    List<OutboxEntry> sent = byReference.values().stream().map(Mapped::entry).toList();
    List<Invoice> created;
    try {
      created =
          xero.createInvoices(
              session,
              byReference.values().stream().map(m -> m.sale().invoice()).toList(),
              batchKey(sent));
    } catch (PersistenceException e) {
      throw e;
    } catch (Exception e) {
      return recordBatchFailure(sent, session, XeroErrorTranslator.translate(e));
    }
    for (Invoice result : created == null ? List.<Invoice>of() : created) {
      Mapped mapped =
          result.getReference() == null ? null : byReference.remove(result.getReference());
      if (mapped != null) {
        recordResult(mapped.entry(), result, mapped.sale().charged());
      }
    }
    if (!byReference.isEmpty()) {
      // Not Xero's documented answer: those it did not answer for are looked up next time.
      return recordBatchFailure(
          byReference.values().stream().map(Mapped::entry).toList(),
          session,
          new XeroOutcome.RetryLater(
              null,
              "Xero's answer to a batch of "
                  + sent.size()
                  + " invoices named no result for this one"));
    }
    return Result.done();
  }

  /** An entry and its mapped sale. */
  private record Mapped(OutboxEntry entry, InvoiceSender.MappedSale sale) {}

  /**
   * Looks up, in one call, the invoices of the sales that an earlier call may have created; those
   * found are recorded SENT and taken out of {@code byReference}.
   */
  private void recordThoseInXero(Map<String, Mapped> byReference, XeroSession session)
      throws IOException {
    List<String> unsure =
        byReference.values().stream()
            .filter(m -> m.entry().mayBeInXero())
            .map(m -> m.sale().invoice().getReference())
            .toList();
    if (unsure.isEmpty()) {
      return;
    }
    Map<String, Invoice> found = xero.findInvoices(session, unsure);
    found.forEach(
        (reference, invoice) -> {
          Mapped mapped = byReference.remove(reference);
          recorder.recordDelivery(
              mapped.entry(), InvoiceSender.sent(invoice, mapped.sale().charged()));
        });
  }

  private void recordResult(OutboxEntry entry, Invoice result, BigDecimal charged) {
    if (Boolean.TRUE.equals(result.getHasErrors())
        || (result.getValidationErrors() != null && !result.getValidationErrors().isEmpty())) {
      recorder.rejected(List.of(entry), validationMessages(result));
    } else {
      recorder.recordDelivery(entry, InvoiceSender.sent(result, charged));
    }
  }

  /**
   * The whole call failed. Transient (5xx, timeout, 429): every entry waits as it would alone, and
   * for an unknown outcome is marked as maybe in Xero, so it is looked up before it is sent again.
   * Any other refusal of the batch as a whole: each entry goes alone at once, looked up first.
   */
  private Result recordBatchFailure(
      List<OutboxEntry> batch, XeroSession session, XeroOutcome outcome) {
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

  private static String validationMessages(Invoice result) {
    List<ValidationError> errors = result.getValidationErrors();
    if (errors == null || errors.isEmpty()) {
      return "Xero refused the invoice without saying why";
    }
    return errors.stream()
        .map(ValidationError::getMessage)
        .filter(Objects::nonNull)
        .collect(Collectors.joining("; "));
  }
}
