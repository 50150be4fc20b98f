package com.quoox.xero.dispatch;

import com.quoox.xero.coding.MappingsRepository;
import com.quoox.xero.connection.ConnectionNotUsable;
import com.quoox.xero.connection.XeroSessions;
import com.quoox.xero.mapping.BusinessCoding;
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

  @Inject XeroSessions sessions;

  @Inject MappingsRepository mappings;

  @Inject InvoiceSender invoices;

  @Inject XeroAccounting xero;

  @Inject EntryDelivery entries;

  @Inject DeliveryOutcomes outcomes;

  @Inject DocumentDatings datings;

  /** A sale: it goes in a batch, looked up first if an earlier call may have created it. */
  static boolean batchable(OutboxEntry entry) {
    return entry.getSourceKind() == SourceKind.SALE;
  }

  /**
   * Delivers {@code batch} (one business's batchable entries); answers when Xero may be tried again
   * if it failed transiently, else empty.
   */
  Optional<Instant> deliver(List<OutboxEntry> batch) {
    if (batch.size() == 1) {
      return entries.deliver(batch.get(0));
    }
    Optional<XeroSession> session = openSession(batch.get(0).getBusinessId());
    if (session.isEmpty()) {
      // Not connected or waiting for the user: each entry records why, as when sent alone.
      return deliverOneByOne(batch);
    }
    Optional<Instant> held = entries.holdForBudget(batch, session.get());
    if (held.isPresent()) {
      return held;
    }
    BusinessCoding coding = mappings.codingFor(batch.get(0).getBusinessId());
    DocumentDating dating;
    try {
      dating = datings.of(session.get(), coding);
    } catch (IOException e) {
      return recordBatchFailure(batch, session.get(), XeroErrorTranslator.translate(e));
    }
    Map<String, Mapped> byReference = new LinkedHashMap<>();
    for (OutboxEntry entry : batch) {
      try {
        InvoiceSender.MappedSale sale = invoices.map(entry, coding, dating);
        Mapped previous =
            byReference.putIfAbsent(sale.invoice().getReference(), new Mapped(entry, sale));
        if (previous != null) {
          // Two sales with one reference cannot be told apart in Xero's answer: the later goes
          // alone, next.
          entries.record(
              entry,
              x -> x.waitUntil("Sent after the sale with the same reference", Instant.now()),
              "same reference as " + previous.entry().getSourceNumber() + ", sent alone next");
        }
      } catch (MappingException e) {
        entries.record(entry, x -> x.park(e.getMessage()), "needs attention: " + e.getMessage());
        outcomes.parked(entry.getBusinessId());
      } catch (IOException e) {
        // The organisation's tax rates could not be read: Xero is not answering now.
        return recordBatchFailure(batch, session.get(), XeroErrorTranslator.translate(e));
      }
    }
    try {
      recordThoseInXero(byReference, session.get());
    } catch (PersistenceException e) {
      throw e;
    } catch (Exception e) {
      return recordBatchFailure(
          byReference.values().stream().map(Mapped::entry).toList(),
          session.get(),
          XeroErrorTranslator.translate(e));
    }
    if (byReference.isEmpty()) {
      return Optional.empty();
    }
    List<OutboxEntry> sent = byReference.values().stream().map(Mapped::entry).toList();
    List<Invoice> created;
    try {
      created =
          xero.createInvoices(
              session.get(),
              byReference.values().stream().map(m -> m.sale().invoice()).toList(),
              batchKey(sent));
    } catch (PersistenceException e) {
      throw e;
    } catch (Exception e) {
      return recordBatchFailure(sent, session.get(), XeroErrorTranslator.translate(e));
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
          session.get(),
          new XeroOutcome.RetryLater(
              null,
              "Xero's answer to a batch of "
                  + sent.size()
                  + " invoices named no result for this one"));
    }
    return Optional.empty();
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
          entries.recordDelivery(
              mapped.entry(), InvoiceSender.sent(invoice, mapped.sale().charged()));
        });
  }

  private void recordResult(OutboxEntry entry, Invoice result, BigDecimal charged) {
    if (Boolean.TRUE.equals(result.getHasErrors())
        || (result.getValidationErrors() != null && !result.getValidationErrors().isEmpty())) {
      entries.rejected(List.of(entry), validationMessages(result));
    } else {
      entries.recordDelivery(entry, InvoiceSender.sent(result, charged));
    }
  }

  /**
   * The whole call failed. Transient (5xx, timeout, 429): every entry waits as it would alone, and
   * for an unknown outcome is marked as maybe in Xero, so it is looked up before it is sent again.
   * Any other refusal of the batch as a whole: each entry goes alone at once, looked up first.
   */
  private Optional<Instant> recordBatchFailure(
      List<OutboxEntry> batch, XeroSession session, XeroOutcome outcome) {
    if (!(outcome instanceof XeroOutcome.Rejected)) {
      return entries.recordFailure(batch, Optional.of(session), outcome);
    }
    // Refused as a whole, which Xero does not do with summarizeErrors=false: each goes alone now,
    // looked up first, so Xero names the problem of each and nothing is created twice.
    batch.forEach(OutboxEntry::outcomeUnknown);
    return deliverOneByOne(batch);
  }

  private Optional<Instant> deliverOneByOne(List<OutboxEntry> batch) {
    for (OutboxEntry entry : batch) {
      Optional<Instant> back = entries.deliver(entry);
      if (back.isPresent()) {
        return back;
      }
    }
    return Optional.empty();
  }

  private Optional<XeroSession> openSession(String businessId) {
    try {
      return sessions.open(businessId);
    } catch (ConnectionNotUsable e) {
      return Optional.empty();
    }
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
