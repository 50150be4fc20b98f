package com.quoox.xero.dispatch;

import com.quoox.xero.connection.ConnectionNotUsable;
import com.quoox.xero.mapping.MappingException;
import com.quoox.xero.outbox.OutboxEntry;
import com.quoox.xero.xeroapi.XeroErrorTranslator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Delivers one claimed entry with the document (or payment, or payout) of its own, through the
 * sender of its kind, and has the outcome recorded on it.
 */
@ApplicationScoped
class EntryDelivery {

  @Inject InvoiceSender invoices;

  @Inject CreditNoteSender creditNotes;

  @Inject PaymentSender payments;

  @Inject PayoutSender payouts;

  @Inject OutcomeRecorder recorder;

  /**
   * Delivers {@code entry} in the {@code lane}; answers when Xero may be tried again for its
   * business if Xero failed transiently (5xx, 429, timeout, network) or the session cannot go on,
   * else empty.
   */
  Optional<Instant> deliver(OutboxEntry entry, Lane lane) {
    Optional<Instant> held = recorder.holdForBudget(List.of(entry), lane.session());
    if (held.isPresent()) {
      return held;
    }
    try {
      Delivery delivery =
          switch (entry.getSourceKind()) {
            case SALE -> invoices.send(entry, lane.session(), lane.coding());
            case REFUND -> creditNotes.send(entry, lane.session(), lane.coding());
            case PAYMENT -> payments.sendReceived(entry, lane.session(), lane.coding());
            case REFUND_PAYMENT -> payments.sendRefunded(entry, lane.session(), lane.coding());
            case PAYOUT -> payouts.send(entry, lane.session());
          };
      recorder.recordDelivery(entry, delivery);
    } catch (MappingException e) {
      recorder.parked(entry, e.getMessage());
    } catch (ConnectionNotUsable e) {
      // Reading the organisation found the connection waiting for the user: so does the entry.
      recorder.waitForReconnect(List.of(entry), e.getMessage());
    } catch (PersistenceException e) {
      // The database failed, not Xero nor the entry, and the document may be in Xero already: the
      // entry stays claimed; after its lease it is claimed again and looked up in Xero first.
      throw e;
    } catch (Exception e) {
      return recorder.recordFailure(
          List.of(entry), Optional.of(lane.session()), XeroErrorTranslator.translate(e));
    }
    return Optional.empty();
  }
}
