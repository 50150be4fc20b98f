package com.quoox.xero.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How often and how much the dispatcher sends ({@code quoox.xero.dispatch.*}). */
@ApplicationScoped
public class DispatchSettings {

  /**
   * How often due entries are looked for; new sales do not wait for it, they wake the dispatcher.
   */
  @Inject
  @ConfigProperty(name = "quoox.xero.dispatch.interval", defaultValue = "PT5S")
  Duration interval;

  /** Entries claimed at once; at most 50, Xero's recommended batch (DESIGN §4). */
  @Inject
  @ConfigProperty(name = "quoox.xero.dispatch.batch-size", defaultValue = "50")
  int batchSize;

  /**
   * How many businesses are sent to at once, each on its own lane (a thread of the module's own
   * pool, {@link DispatchThreads}), so one business's slow Xero or big backlog never holds up
   * another's sales. A lane mostly waits for Xero's answer, so this is calls in flight, sized to
   * the network and the database pool rather than the cores (docs/operations.md).
   */
  @Inject
  @ConfigProperty(name = "quoox.xero.dispatch.max-parallel-businesses", defaultValue = "64")
  int maxParallelBusinesses;

  /**
   * How long a business that was just served waits before its next turn when it took all it had, so
   * the sales it makes meanwhile go to Xero several to a call instead of one call each.
   */
  @Inject
  @ConfigProperty(name = "quoox.xero.dispatch.coalesce", defaultValue = "PT1S")
  Duration coalesce;

  /** How long a claim holds; a node that dies mid-send leaves its entries to others after it. */
  @Inject
  @ConfigProperty(name = "quoox.xero.dispatch.lease", defaultValue = "PT2M")
  Duration lease;

  /** The first retry's delay after a transient failure; each further one doubles it. */
  @Inject
  @ConfigProperty(name = "quoox.xero.dispatch.retry-delay", defaultValue = "PT10S")
  Duration retryDelay;

  @Inject
  @ConfigProperty(name = "quoox.xero.dispatch.max-retry-delay", defaultValue = "PT30M")
  Duration maxRetryDelay;

  /** Consecutive transient failures of one business's Xero that open its circuit. */
  @Inject
  @ConfigProperty(name = "quoox.xero.dispatch.circuit.failures", defaultValue = "5")
  int circuitFailures;

  /** How long an opened circuit keeps the business's lane from claiming; doubles per reopening. */
  @Inject
  @ConfigProperty(name = "quoox.xero.dispatch.circuit.cool-off", defaultValue = "PT30S")
  Duration circuitCoolOff;

  @Inject
  @ConfigProperty(name = "quoox.xero.dispatch.circuit.max-cool-off", defaultValue = "PT15M")
  Duration circuitMaxCoolOff;

  /**
   * How long after the organisation's day ends its daily summaries go to Xero, so sales a till
   * sends a little late still make their day's summary.
   */
  @Inject
  @ConfigProperty(name = "quoox.xero.dispatch.summary-settle", defaultValue = "PT15M")
  Duration summarySettle;

  /** Names this node on the entries it claims. */
  @Inject
  @ConfigProperty(name = "jboss.node.name", defaultValue = "quoox-xero")
  String nodeName;

  public Duration interval() {
    return interval;
  }

  public int batchSize() {
    return Math.max(1, Math.min(batchSize, 50));
  }

  public int maxParallelBusinesses() {
    return Math.max(1, maxParallelBusinesses);
  }

  /** How entries are shared out between businesses per round. */
  FairShare fairShare() {
    return new FairShare(batchSize(), maxParallelBusinesses());
  }

  public Duration coalesce() {
    return coalesce;
  }

  public Duration lease() {
    return lease;
  }

  public RetryPolicy retryPolicy() {
    return new RetryPolicy(retryDelay, maxRetryDelay);
  }

  public LaneCircuit laneCircuit() {
    return new LaneCircuit(circuitFailures, circuitCoolOff, circuitMaxCoolOff);
  }

  public Duration summarySettle() {
    return summarySettle;
  }

  public String nodeName() {
    return nodeName;
  }
}
