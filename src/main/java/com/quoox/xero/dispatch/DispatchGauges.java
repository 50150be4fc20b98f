package com.quoox.xero.dispatch;

import com.quoox.xero.outbox.OutboxRepository;
import com.quoox.xero.periodic.PeriodicWork;
import com.quoox.xero.xeroapi.MeterLabels;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Per-business gauges read from the database once per dispatch interval, so a scrape never queries
 * it: the backlog ({@code quoox_xero_backlog}, entries waiting to be sent), whether the business's
 * circuit is open ({@code quoox_xero_circuit_open}) and whether an operator paused it ({@code
 * quoox_xero_paused}). The figures are the cluster's, as every node reads the same tables. Unless
 * {@link MeterLabels} names each business, they are added up under {@code business="all"}: the
 * backlog of every business, and how many have an open circuit or are paused.
 */
@ApplicationScoped
class DispatchGauges {

  private static final Logger LOG = Logger.getLogger(DispatchGauges.class);

  @Inject PeriodicWork periodic;

  @Inject MeterRegistry registry;

  @Inject OutboxRepository outbox;

  @Inject BusinessDispatchRepository dispatchControl;

  @Inject DispatchSettings settings;

  @Inject MeterLabels labels;

  private final Map<String, AtomicLong> backlog = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> circuitOpen = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> paused = new ConcurrentHashMap<>();

  void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    periodic.every("the dispatch gauges", Duration.ZERO, settings.interval(), this::refresh);
  }

  void refresh() {
    try {
      Instant now = Instant.now();
      update("quoox.xero.backlog", backlog, outbox.countWaitingByBusiness());
      List<BusinessDispatch> held = dispatchControl.findHeld(now, settings.nodeName());
      update("quoox.xero.circuit.open", circuitOpen, ones(held, d -> d.circuitOpenAt(now)));
      update("quoox.xero.paused", paused, ones(held, BusinessDispatch::isPaused));
    } catch (RuntimeException e) {
      LOG.warnf("Xero dispatch gauges not refreshed: %s", e.toString());
    }
  }

  private static Map<String, Long> ones(
      List<BusinessDispatch> held, java.util.function.Predicate<BusinessDispatch> which) {
    return held.stream()
        .filter(which)
        .collect(Collectors.toMap(BusinessDispatch::getBusinessId, d -> 1L));
  }

  /** Sets each business's gauge, registering new ones; businesses no longer listed go to 0. */
  private void update(String name, Map<String, AtomicLong> gauges, Map<String, Long> byBusiness) {
    Map<String, Long> values = labels.summed(byBusiness);
    Set.copyOf(gauges.keySet()).stream()
        .filter(business -> !values.containsKey(business))
        .forEach(business -> gauges.get(business).set(0));
    values.forEach(
        (business, value) -> gauges.computeIfAbsent(business, b -> register(name, b)).set(value));
  }

  /**
   * Through the registry's public methods only: the injected registry is a CDI proxy, and the
   * builders' {@code register} calls package-private ones that a proxy cannot pass on.
   */
  private AtomicLong register(String name, String businessId) {
    return registry.gauge(
        name, Tags.of(DispatchMetrics.BUSINESS, businessId), new AtomicLong(), AtomicLong::get);
  }
}
