package com.quoox.xero.dispatch;

import com.quoox.xero.connection.BusinessConnected;
import com.quoox.xero.outbox.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * When a business connects, what waited for it goes: sales made while it was disconnected (they
 * waited), and, at its first connection, those made from the day it chose (they were skipped).
 */
@ApplicationScoped
class SalesWaitingForConnection {

  private static final Logger LOG = Logger.getLogger(SalesWaitingForConnection.class);

  @Inject OutboxRepository outbox;

  @Inject OutboxDispatcher dispatcher;

  @Inject ReadinessHolds holds;

  /** In the transaction that stored the connection, so both happen or neither. */
  void release(@Observes BusinessConnected connected) {
    holds.release(connected.businessId()); // judged on the connection just replaced
    int skipped = outbox.sendSkippedAsNotConnected(connected.businessId(), connected.sendsFrom());
    int waiting = outbox.wakeWaiting(connected.businessId());
    if (skipped + waiting > 0) {
      LOG.infof(
          "Business %s connected to Xero: %d entries recorded since %s and %d waiting go now",
          connected.businessId(), skipped, connected.sendsFrom(), waiting);
    }
  }

  void sendNow(@Observes(during = TransactionPhase.AFTER_SUCCESS) BusinessConnected connected) {
    dispatcher.wake();
  }
}
