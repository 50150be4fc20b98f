package com.quoox.xero.connection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * From which day a business's sales go to Xero, and when it first connected. Kept when the business
 * disconnects: a business that was connected has books in Xero, so its sales wait for it to
 * reconnect, while one that never connected has chosen nothing yet.
 */
@Entity
@Table(name = "xero_sync_start")
public class SyncStart {

  @Id
  @Column(name = "business_id", length = 64)
  private String businessId;

  @Column(name = "sends_from")
  private LocalDate sendsFrom;

  @Column(name = "first_connected_at")
  private Instant firstConnectedAt;

  protected SyncStart() {}

  SyncStart(String businessId) {
    this.businessId = businessId;
  }

  public String businessId() {
    return businessId;
  }

  /** The first day whose sales go to Xero; null until chosen or connected. */
  public LocalDate sendsFrom() {
    return sendsFrom;
  }

  public boolean everConnected() {
    return firstConnectedAt != null;
  }

  /** When the day was not chosen before, it is the day of the first connection (UTC). */
  void connected(Instant at) {
    if (firstConnectedAt == null) {
      firstConnectedAt = at;
      if (sendsFrom == null) {
        sendsFrom = LocalDate.ofInstant(at, ZoneOffset.UTC);
      }
    }
  }

  void choose(LocalDate day) {
    this.sendsFrom = day;
  }

  /** The start of {@link #sendsFrom()}: entries recorded from then on go to Xero. */
  public Instant sendsFromInstant() {
    return sendsFrom.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
