package com.quoox.xero.xeroapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which business or Xero tenant a meter's series names. By default none: every series carries
 * {@code all}, so whoever scrapes {@code /metrics} learns neither the businesses nor their Xero
 * organisations. {@code quoox.xero.metrics.per-business-labels=true} names each one; it is read at
 * each use, so an operator can switch it on while investigating without a restart.
 */
@ApplicationScoped
public class MeterLabels {

  /** The label value of every series while per-business labels are off. */
  public static final String ALL = "all";

  @Inject
  @ConfigProperty(name = "quoox.xero.metrics.per-business-labels", defaultValue = "false")
  Provider<Boolean> perBusiness;

  public boolean perBusiness() {
    return Boolean.TRUE.equals(perBusiness.get());
  }

  /** The label value for a business (or a Xero tenant): its id, or {@link #ALL}. */
  public String of(String id) {
    return perBusiness() ? id : ALL;
  }

  /**
   * Per-business figures as the series show them: unchanged, or added up under {@link #ALL}. The
   * label keys stay the same either way, so switching never makes the registry refuse a meter.
   */
  public Map<String, Long> summed(Map<String, Long> byBusiness) {
    if (perBusiness()) {
      return byBusiness;
    }
    return Map.of(
        ALL, byBusiness.values().stream().collect(Collectors.summingLong(Long::longValue)));
  }
}
