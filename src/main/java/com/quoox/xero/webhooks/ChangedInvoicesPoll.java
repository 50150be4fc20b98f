package com.quoox.xero.webhooks;

import com.quoox.xero.connection.XeroSessions;
import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.outbox.OutboxRepository;
import com.quoox.xero.outbox.SourceKind;
import com.quoox.xero.periodic.PeriodicWork;
import com.quoox.xero.xeroapi.XeroAccounting;
import com.quoox.xero.xeroapi.XeroCallBudget;
import com.quoox.xero.xeroapi.XeroSession;
import com.xero.models.accounting.Invoice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Without webhooks, the same result slowly: every {@code quoox.xero.change-poll.interval} each
 * business that switched the poll on asks Xero for its invoices modified since its last look
 * ({@code If-Modified-Since}, 100 a page), within the organisation's call budget, and records on
 * the sales' entries what Xero shows, as a webhook would have.
 */
@ApplicationScoped
class ChangedInvoicesPoll {

  private static final Logger LOG = Logger.getLogger(ChangedInvoicesPoll.class);

  /** Xero's page of a list. */
  private static final int PAGE = 100;

  /**
   * Looked at again next time: a change Xero stamps with a time a moment before our look began
   * would otherwise be missed (hearing a change twice changes nothing).
   */
  private static final Duration OVERLAP = Duration.ofMinutes(1);

  @Inject PeriodicWork periodic;

  @Inject
  @ConfigProperty(name = "quoox.xero.change-poll.interval", defaultValue = "PT15M")
  Duration interval;

  @Inject ChangePolls polls;

  @Inject XeroSessions sessions;

  @Inject XeroAccounting xero;

  @Inject XeroCallBudget budget;

  @Inject OutboxRepository outbox;

  @Inject SaleChanges changes;

  void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    periodic.every("the Xero change poll", interval, interval, this::pollAll);
  }

  private void pollAll() {
    for (String businessId : polls.businessesPolling()) {
      if (periodic.stopping()) {
        return; // each business's poll goes on from where it stood, at the next start
      }
      try {
        poll(businessId);
      } catch (IOException | RuntimeException e) {
        LOG.infof("Xero change poll of business %s failed, next time again: %s", businessId, e);
      }
    }
  }

  private void poll(String businessId) throws IOException {
    Optional<ChangePoll> poll = polls.find(businessId);
    Optional<XeroSession> session = sessions.open(businessId);
    if (poll.isEmpty() || session.isEmpty()) {
      return;
    }
    Instant began = Instant.now();
    for (int page = 1; ; page++) {
      if (budget.holdUntil(session.get().tenantId()).isPresent()) {
        return; // the organisation's calls are down to the reserve: the rest next time
      }
      List<Invoice> changed =
          xero.invoicesModifiedSince(session.get(), poll.get().getPolledUntil(), page);
      record(businessId, changed);
      if (changed.size() < PAGE) {
        break;
      }
    }
    polls.lookedUntil(businessId, began.minus(OVERLAP));
  }

  private void record(String businessId, List<Invoice> changed) {
    Map<String, Invoice> byId = new HashMap<>();
    changed.forEach(i -> byId.put(i.getInvoiceID().toString().toLowerCase(), i));
    for (OutboxEntry entry :
        outbox.findByXeroDocuments(businessId, SourceKind.SALE, byId.keySet())) {
      changes.record(entry, byId.get(entry.getXeroDocumentId().toLowerCase()));
    }
  }
}
