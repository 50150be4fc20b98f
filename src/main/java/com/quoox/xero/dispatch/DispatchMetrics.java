package com.quoox.xero.dispatch;

import com.quoox.xero.xeroapi.MeterLabels;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Counts what came of each send, per business, in WildFly's Micrometer registry (Prometheus names
 * {@code quoox_xero_entries_sent_total}, {@code …_needs_attention_total}, {@code …_retried_total}),
 * labelled {@code business="all"} unless {@link MeterLabels} names each business.
 */
@ApplicationScoped
class DispatchMetrics {

  static final String BUSINESS = "business";

  @Inject MeterRegistry registry;

  @Inject MeterLabels labels;

  void sent(String businessId, int count) {
    registry.counter("quoox.xero.entries.sent", BUSINESS, labels.of(businessId)).increment(count);
  }

  /** Parked for a person: Xero rejected it, or the mapping cannot be applied. */
  void needsAttention(String businessId) {
    registry
        .counter("quoox.xero.entries.needs.attention", BUSINESS, labels.of(businessId))
        .increment();
  }

  /** A transient failure: the entry waits for a retry. */
  void retried(String businessId) {
    registry.counter("quoox.xero.entries.retried", BUSINESS, labels.of(businessId)).increment();
  }
}
