package com.quoox.xero.webhooks;

import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.outbox.OutboxPayload;
import com.quoox.xero.outbox.OutboxRepository;
import com.xero.models.accounting.Invoice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Records on a sale's entry what its invoice in Xero shows, whether a webhook or the poll found it:
 * an entry that already says so is left untouched, so hearing the same thing twice changes nothing.
 */
@ApplicationScoped
class SaleChanges {

  private static final Logger LOG = Logger.getLogger(SaleChanges.class);

  @Inject OutboxRepository outbox;

  /** Answers what Xero shows ("No change" when the invoice is as sent). */
  String record(OutboxEntry entry, Invoice invoice) {
    SaleCompleted sale = OutboxPayload.read(entry.getPayload(), SaleCompleted.class);
    Optional<DocumentChange> change = DocumentChange.of(invoice, sale.totalCharged());
    if (change.isEmpty()) {
      return "No change";
    }
    DocumentChange seen = change.get();
    boolean[] changed = new boolean[1];
    outbox.update(
        entry.getId(),
        e -> changed[0] = e.changedInXero(seen.change(), seen.amount(), Instant.now()));
    if (changed[0]) {
      LOG.infof(
          "Xero change: business %s SALE %s (entry %s): invoice %s is %s in Xero%s",
          entry.getBusinessId(),
          entry.getSourceNumber(),
          entry.getId(),
          entry.getXeroDocumentNumber(),
          seen.change(),
          seen.amount() == null ? "" : " (" + seen.amount() + ")");
    }
    return seen.change().name();
  }
}
