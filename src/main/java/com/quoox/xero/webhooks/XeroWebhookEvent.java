package com.quoox.xero.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A webhook event as received, stored once by its key before Xero's request is answered, and
 * processed after it. A claim holds it for one node until {@code claimedUntil}.
 */
@Entity
@Table(name = "xero_webhook_event")
@NamedQuery(
    name = "XeroWebhookEvent.findByKey",
    query = "select e from XeroWebhookEvent e where e.eventKey = :key")
@NamedQuery(
    name = "XeroWebhookEvent.findDue",
    query =
        "select e from XeroWebhookEvent e where e.state = com.quoox.xero.webhooks.WebhookEventState.RECEIVED"
            + " and (e.claimedUntil is null or e.claimedUntil < :now) order by e.receivedAt")
@NamedQuery(
    name = "XeroWebhookEvent.countByState",
    query = "select e.state, count(e) from XeroWebhookEvent e group by e.state")
@NamedQuery(
    name = "XeroWebhookEvent.countIgnoredByOutcome",
    query =
        "select e.outcome, count(e) from XeroWebhookEvent e"
            + " where e.state = com.quoox.xero.webhooks.WebhookEventState.IGNORED group by e.outcome")
@NamedQuery(
    name = "XeroWebhookEvent.lastReceived",
    query = "select max(e.receivedAt) from XeroWebhookEvent e")
class XeroWebhookEvent {

  static final int MAX_OUTCOME_LENGTH = 255;

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "event_key", nullable = false, length = 255)
  private String eventKey;

  @Column(name = "tenant_id", nullable = false, length = 64)
  private String tenantId;

  @Column(name = "resource_id", nullable = false, length = 64)
  private String resourceId;

  @Column(name = "event_category", nullable = false, length = 32)
  private String category;

  @Column(name = "event_type", nullable = false, length = 32)
  private String type;

  @Column(name = "event_date")
  private Instant eventDate;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private WebhookEventState state;

  @Column(length = MAX_OUTCOME_LENGTH)
  private String outcome;

  @Column(name = "claimed_until")
  private Instant claimedUntil;

  @Version private long version;

  protected XeroWebhookEvent() {}

  XeroWebhookEvent(ReceivedEvent event, Instant receivedAt) {
    this.id = UUID.randomUUID().toString();
    this.eventKey = keyOf(event);
    this.tenantId = cut(event.tenantId(), 64);
    this.resourceId = cut(event.resourceId(), 64);
    this.category = cut(event.category(), 32);
    this.type = cut(event.type(), 32);
    this.eventDate = event.eventDate();
    this.receivedAt = receivedAt;
    this.state = WebhookEventState.RECEIVED;
  }

  /** The key an event is stored under: the same for every delivery of the same change. */
  static String keyOf(ReceivedEvent event) {
    return cut(event.key(), 255);
  }

  void claim(Instant until) {
    this.claimedUntil = until;
  }

  /** Not processed now (the budget is spent, Xero failed): claimable again at {@code at}. */
  void retryAt(Instant at) {
    this.claimedUntil = at;
  }

  void processed(String what) {
    this.state = WebhookEventState.PROCESSED;
    this.outcome = cut(what, MAX_OUTCOME_LENGTH);
    this.claimedUntil = null;
  }

  void ignore(String why) {
    this.state = WebhookEventState.IGNORED;
    this.outcome = cut(why, MAX_OUTCOME_LENGTH);
    this.claimedUntil = null;
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  String getId() {
    return id;
  }

  String getTenantId() {
    return tenantId;
  }

  String getResourceId() {
    return resourceId;
  }

  String getCategory() {
    return category;
  }

  WebhookEventState getState() {
    return state;
  }
}
