package com.quoox.xero.webhooks;

import com.quoox.xero.connection.ConnectionNotUsable;
import com.quoox.xero.connection.ConnectionRepository;
import com.quoox.xero.connection.XeroSessions;
import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.outbox.OutboxRepository;
import com.quoox.xero.outbox.SourceKind;
import com.quoox.xero.xeroapi.XeroAccounting;
import com.quoox.xero.xeroapi.XeroCallBudget;
import com.quoox.xero.xeroapi.XeroSession;
import com.xero.api.XeroRateLimitException;
import com.xero.api.XeroUnauthorizedException;
import com.xero.models.accounting.Invoice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Processes one organisation's claimed events: reads each changed invoice the module created once,
 * up to 50 per call and within the organisation's call budget, and records on its sale's entry what
 * Xero shows. Events of an organisation no business is connected to, of a document the module did
 * not create, or of other categories are ignored, with the reason counted.
 */
@ApplicationScoped
class OrganisationEvents {

  static final String UNKNOWN_ORGANISATION = "No business is connected to this organisation";
  static final String NOT_FROM_QUOOX = "Not a document Quoox sent";
  static final String NOT_AN_INVOICE = "Not an invoice event";

  private static final Logger LOG = Logger.getLogger(OrganisationEvents.class);

  /** After a failed read, Xero is asked again this much later. */
  private static final Duration RETRY = Duration.ofSeconds(30);

  @Inject ConnectionRepository connections;

  @Inject OutboxRepository outbox;

  @Inject XeroSessions sessions;

  @Inject XeroAccounting xero;

  @Inject XeroCallBudget budget;

  @Inject WebhookEvents events;

  @Inject SaleChanges changes;

  void process(String tenantId, List<XeroWebhookEvent> claimed) {
    Map<Boolean, List<XeroWebhookEvent>> invoiceEvents =
        claimed.stream().collect(Collectors.partitioningBy(e -> "INVOICE".equals(e.getCategory())));
    ignore(invoiceEvents.get(false), NOT_AN_INVOICE);
    List<XeroWebhookEvent> left = invoiceEvents.get(true);
    List<String> businesses = connections.businessesOfTenant(tenantId);
    if (businesses.isEmpty()) {
      ignore(left, UNKNOWN_ORGANISATION);
      return;
    }
    Set<String> ours = new LinkedHashSet<>();
    for (String businessId : businesses) {
      ours.addAll(processForBusiness(businessId, left));
    }
    ignore(left.stream().filter(e -> !ours.contains(e.getResourceId())).toList(), NOT_FROM_QUOOX);
  }

  /** Answers the documents of {@code claimed} that are this business's (processed or not). */
  private Set<String> processForBusiness(String businessId, List<XeroWebhookEvent> claimed) {
    Set<String> resourceIds = new LinkedHashSet<>();
    claimed.forEach(e -> resourceIds.add(e.getResourceId()));
    Map<String, OutboxEntry> byDocument = new HashMap<>();
    for (OutboxEntry entry : outbox.findByXeroDocuments(businessId, SourceKind.SALE, resourceIds)) {
      byDocument.put(entry.getXeroDocumentId().toLowerCase(), entry);
    }
    List<XeroWebhookEvent> mine =
        claimed.stream()
            .filter(e -> byDocument.containsKey(e.getResourceId().toLowerCase()))
            .toList();
    if (mine.isEmpty()) {
      return Set.of();
    }
    List<String> documents = new ArrayList<>(byDocument.keySet());
    for (int from = 0; from < documents.size(); from += XeroAccounting.MAX_REFERENCES_PER_LOOKUP) {
      List<String> batch =
          documents.subList(
              from, Math.min(documents.size(), from + XeroAccounting.MAX_REFERENCES_PER_LOOKUP));
      List<XeroWebhookEvent> batchEvents =
          mine.stream().filter(e -> batch.contains(e.getResourceId().toLowerCase())).toList();
      readAndRecord(businessId, batch, byDocument, batchEvents);
    }
    return mine.stream().map(XeroWebhookEvent::getResourceId).collect(Collectors.toSet());
  }

  private void readAndRecord(
      String businessId,
      List<String> documents,
      Map<String, OutboxEntry> byDocument,
      List<XeroWebhookEvent> batchEvents) {
    Optional<XeroSession> session = Optional.empty();
    try {
      session = sessions.open(businessId);
      if (session.isEmpty()) {
        retry(batchEvents, Instant.now().plus(Duration.ofMinutes(5)), "not connected");
        return;
      }
      Optional<Instant> held = budget.holdUntil(session.get().tenantId());
      if (held.isPresent()) {
        retry(batchEvents, held.get(), "the organisation's calls are down to the reserve");
        return;
      }
      List<UUID> ids = documents.stream().map(UUID::fromString).toList();
      List<Invoice> invoices = xero.invoicesByIds(session.get(), ids);
      Map<String, String> outcomes = new HashMap<>();
      for (Invoice invoice : invoices) {
        String id = invoice.getInvoiceID().toString().toLowerCase();
        OutboxEntry entry = byDocument.get(id);
        if (entry != null) {
          outcomes.put(id, changes.record(entry, invoice));
        }
      }
      events.update(
          batchEvents.stream().map(XeroWebhookEvent::getId).toList(),
          e ->
              e.processed(
                  outcomes.getOrDefault(e.getResourceId().toLowerCase(), "Not found in Xero")));
    } catch (ConnectionNotUsable e) {
      retry(batchEvents, Instant.now().plus(Duration.ofMinutes(5)), e.getMessage());
    } catch (XeroRateLimitException e) {
      long seconds = Math.max(1, e.getRetryAfterSeconds());
      retry(batchEvents, Instant.now().plusSeconds(seconds), "Xero's rate limit");
    } catch (XeroUnauthorizedException e) {
      session.ifPresent(sessions::tokenRefused);
      retry(batchEvents, Instant.now().plusSeconds(1), "Xero refused the token");
    } catch (IOException | RuntimeException e) {
      retry(batchEvents, Instant.now().plus(RETRY), String.valueOf(e.getMessage()));
    }
  }

  private void ignore(List<XeroWebhookEvent> ignored, String why) {
    if (!ignored.isEmpty()) {
      events.update(ignored.stream().map(XeroWebhookEvent::getId).toList(), e -> e.ignore(why));
    }
  }

  private void retry(List<XeroWebhookEvent> waiting, Instant at, String why) {
    LOG.infof("Xero webhook: %d event(s) read again at %s: %s", waiting.size(), at, why);
    events.update(waiting.stream().map(XeroWebhookEvent::getId).toList(), e -> e.retryAt(at));
  }
}
