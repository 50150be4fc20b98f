package com.quoox.xero.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * What each send's outcome means beyond its entry: it is counted per business, and it moves the
 * business's circuit ({@link LaneCircuit}): a transient failure counts towards opening it, any
 * answer from Xero closes it. Never fails a delivery: the entry's own outcome is already recorded.
 */
@ApplicationScoped
class DeliveryOutcomes {

  private static final Logger LOG = Logger.getLogger(DeliveryOutcomes.class);

  @Inject DispatchMetrics metrics;

  @Inject BusinessDispatchRepository dispatchControl;

  @Inject DispatchSettings settings;

  void sent(String businessId) {
    sent(businessId, 1);
  }

  /** {@code count} entries went in one document (a daily summary). */
  void sent(String businessId, int count) {
    metrics.sent(businessId, count);
    xeroAnswered(businessId);
  }

  /** Xero answered, and refused the document (a validation error or missing access). */
  void rejectedByXero(String businessId) {
    metrics.needsAttention(businessId);
    xeroAnswered(businessId);
  }

  /** Parked without Xero having a say (the mapping could not be applied). */
  void parked(String businessId) {
    metrics.needsAttention(businessId);
  }

  /**
   * A 429: Xero is working and said how long to wait, which the entry's retry time already honours;
   * opening the circuit on top would hold the business longer than Xero asked (a back-fill's
   * throughput would halve), so it neither counts towards opening it nor closes it.
   */
  void rateLimited(String businessId) {
    metrics.retried(businessId);
  }

  /**
   * The business's organisation has no calls left until {@code until} (Xero's headers or its 429
   * said so): every node holds its sending until then, not only the node that heard it.
   */
  void callsSpent(String businessId, Instant until) {
    try {
      dispatchControl.holdCalls(businessId, until);
    } catch (RuntimeException e) {
      // The entries already wait until then; only other nodes' new sales may try earlier.
      LOG.warnf(
          "Xero dispatch: hold of business %s not shared with other nodes: %s", businessId, e);
    }
  }

  /**
   * A call that carried {@code entries} entries failed with a 5xx, timeout or network error: each
   * entry is retried, and the call counts once towards opening the business's circuit (a failed
   * batch of 50 is one failure of Xero's, not 50).
   */
  void failedTransiently(String businessId, int entries) {
    for (int i = 0; i < entries; i++) {
      metrics.retried(businessId);
    }
    try {
      BusinessDispatch after = dispatchControl.xeroFailed(businessId, settings.laneCircuit());
      Instant until = after.getCircuitOpenUntil();
      if (after.circuitOpenAt(Instant.now()) && after.getConsecutiveFailures() == 0) {
        LOG.warnf(
            "Xero dispatch: circuit of business %s open until %s: its Xero keeps failing",
            businessId, until);
      }
    } catch (RuntimeException e) {
      LOG.warnf("Xero dispatch: circuit of business %s not updated: %s", businessId, e.toString());
    }
  }

  private void xeroAnswered(String businessId) {
    try {
      dispatchControl.xeroAnswered(businessId);
    } catch (RuntimeException e) {
      LOG.warnf("Xero dispatch: circuit of business %s not closed: %s", businessId, e.toString());
    }
  }
}
