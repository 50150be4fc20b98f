package com.quoox.xero.dispatch;

import com.quoox.xero.connection.ConnectionNotUsable;
import com.quoox.xero.connection.XeroSession;
import com.quoox.xero.connection.XeroSessions;
import com.quoox.xero.mapping.BusinessCoding;
import com.quoox.xero.mapping.MappingException;
import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.outbox.SourceKind;
import com.quoox.xero.settings.MappingsRepository;
import com.quoox.xero.xeroapi.XeroAccounting;
import com.quoox.xero.xeroapi.XeroErrorTranslator;
import com.quoox.xero.xeroapi.XeroOutcome;
import com.xero.models.accounting.Invoice;
import com.xero.models.accounting.ValidationError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Sends a business's new sales as invoices, up to 50 in one call (issue 5): Xero allows a tenant 60
 * calls a minute, so one invoice a call would cap a busy venue at 60 sales a minute. Each invoice's
 * result is recorded on its own entry: the good ones SENT, the refused ones NEEDS_ATTENTION with
 * their own message. A batch whose outcome is unknown is never sent as a batch again: its entries
 * are marked as maybe in Xero and go one by one, each looked up by its reference first.
 */
@ApplicationScoped
class InvoiceBatchDelivery {

  @Inject XeroSessions sessions;

  @Inject MappingsRepository mappings;

  @Inject InvoiceSender invoices;

  @Inject XeroAccounting xero;

  @Inject EntryDelivery entries;

  @Inject DeliveryOutcomes outcomes;

  /** A sale never tried before, or tried without reaching Xero: nothing to look up first. */
  static boolean batchable(OutboxEntry entry) {
    return entry.getSourceKind() == SourceKind.SALE && !entry.mayBeInXero();
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
    List<OutboxEntry> mapped = new ArrayList<>();
    List<InvoiceSender.MappedSale> sales = new ArrayList<>();
    for (OutboxEntry entry : batch) {
      try {
        sales.add(invoices.map(entry, coding));
        mapped.add(entry);
      } catch (MappingException e) {
        entries.record(entry, x -> x.park(e.getMessage()), "needs attention: " + e.getMessage());
        outcomes.parked(entry.getBusinessId());
      }
    }
    if (mapped.isEmpty()) {
      return Optional.empty();
    }
    List<Invoice> created;
    try {
      created =
          xero.createInvoices(
              session.get().accessToken(),
              session.get().tenantId(),
              sales.stream().map(InvoiceSender.MappedSale::invoice).toList(),
              batchKey(mapped));
    } catch (PersistenceException e) {
      throw e;
    } catch (Exception e) {
      return recordBatchFailure(mapped, session.get(), XeroErrorTranslator.translate(e));
    }
    if (created == null || created.size() != mapped.size()) {
      // Not Xero's documented answer: the entries go one by one, each looked up first.
      return recordBatchFailure(
          mapped,
          session.get(),
          new XeroOutcome.RetryLater(
              null,
              "Xero answered a batch of "
                  + mapped.size()
                  + " invoices with "
                  + (created == null ? 0 : created.size())));
    }
    for (int i = 0; i < mapped.size(); i++) {
      recordResult(mapped.get(i), created.get(i), sales.get(i).charged());
    }
    return Optional.empty();
  }

  private void recordResult(OutboxEntry entry, Invoice result, BigDecimal charged) {
    if (Boolean.TRUE.equals(result.getHasErrors())
        || (result.getValidationErrors() != null && !result.getValidationErrors().isEmpty())) {
      String reason = validationMessages(result);
      entries.record(entry, x -> x.park(reason), "needs attention: " + reason);
      outcomes.rejectedByXero(entry.getBusinessId());
    } else {
      entries.recordDelivery(entry, InvoiceSender.sent(result, charged));
    }
  }

  /**
   * The whole call failed. Transient (5xx, timeout, 429): every entry waits as it would alone, and
   * for an unknown outcome is marked as maybe in Xero, so it is looked up, alone, next time. Any
   * other refusal of the batch as a whole: each entry is tried again alone at once, so Xero names
   * the problem of each.
   */
  private Optional<Instant> recordBatchFailure(
      List<OutboxEntry> batch, XeroSession session, XeroOutcome outcome) {
    if (outcome instanceof XeroOutcome.RetryLater || outcome instanceof XeroOutcome.TokenRefused) {
      return entries.recordFailure(batch, Optional.of(session), outcome);
    }
    Instant now = Instant.now();
    for (OutboxEntry entry : batch) {
      entries.record(
          entry,
          x -> {
            x.scheduleRetry("Xero refused the batch it was in: " + outcome.reason(), now);
            x.outcomeUnknown();
          },
          "batch refused, next alone: " + outcome.reason());
    }
    return Optional.empty();
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
