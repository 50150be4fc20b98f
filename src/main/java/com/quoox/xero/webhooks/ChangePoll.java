package com.quoox.xero.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A business's slow poll of the invoices changed in Xero, for an app without webhooks: whether it
 * is on, and up to when Xero's changes were looked at (the next look asks for those modified
 * since).
 */
@Entity
@Table(name = "xero_change_poll")
@NamedQuery(
    name = "ChangePoll.findEnabled",
    query = "select p.businessId from ChangePoll p where p.enabled = true order by p.polledUntil")
class ChangePoll {

  @Id
  @Column(name = "business_id", length = 64)
  private String businessId;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "polled_until", nullable = false)
  private Instant polledUntil;

  protected ChangePoll() {}

  /** Changes made in Xero from {@code from} on are looked for; earlier ones are not. */
  ChangePoll(String businessId, Instant from) {
    this.businessId = Objects.requireNonNull(businessId);
    this.polledUntil = Objects.requireNonNull(from);
    this.enabled = true;
  }

  void switchOn(boolean on) {
    this.enabled = on;
  }

  /** Xero's changes up to {@code until} were looked at. */
  void lookedUntil(Instant until) {
    if (until.isAfter(polledUntil)) {
      this.polledUntil = until;
    }
  }

  String getBusinessId() {
    return businessId;
  }

  boolean isEnabled() {
    return enabled;
  }

  Instant getPolledUntil() {
    return polledUntil;
  }
}
