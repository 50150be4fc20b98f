package com.quoox.xero.outbox;

import com.quoox.xero.events.PaymentProvider;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * What stays of a SENT entry once it has left the outbox after the retention period: its key, so
 * the same event is never recorded (and sent) again, and its Xero ids, so a late refund, a payment
 * and Xero's webhooks still find the sale's invoice and contact. Its event's lines are gone.
 */
@Entity
@Table(name = "xero_outbox_archive")
@IdClass(ArchivedEntry.Key.class)
@NamedQuery(
    name = "ArchivedEntry.findByEntryId",
    query = "select a from ArchivedEntry a where a.entryId = :id")
@NamedQuery(
    name = "ArchivedEntry.findByXeroDocuments",
    query =
        "select a from ArchivedEntry a where a.businessId = :businessId"
            + " and a.sourceKind = :kind and a.xeroDocumentId in :ids")
@NamedQuery(
    name = "ArchivedEntry.paymentProvidersOf",
    query =
        "select distinct a.provider from ArchivedEntry a where a.businessId = :b"
            + " and a.sourceKind = :payment and a.relatedSourceId = :sale")
@NamedQuery(
    name = "ArchivedEntry.clearingTotals",
    query =
        "select a.provider, sum(a.clearingAmount) from ArchivedEntry a where a.businessId = :b"
            + " and a.provider is not null group by a.provider")
class ArchivedEntry {

  /** The outbox's own unique key: (business, kind, source id). */
  static class Key implements Serializable {
    private String businessId;
    private SourceKind sourceKind;
    private String sourceId;

    protected Key() {}

    Key(String businessId, SourceKind sourceKind, String sourceId) {
      this.businessId = businessId;
      this.sourceKind = sourceKind;
      this.sourceId = sourceId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(businessId, key.businessId)
          && sourceKind == key.sourceKind
          && Objects.equals(sourceId, key.sourceId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(businessId, sourceKind, sourceId);
    }
  }

  @Id
  @Column(name = "business_id", length = OutboxEntry.BUSINESS_ID_LENGTH)
  private String businessId;

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "source_kind", length = 16)
  private SourceKind sourceKind;

  @Id
  @Column(name = "source_id", length = OutboxEntry.SOURCE_ID_LENGTH)
  private String sourceId;

  /** The outbox entry's id, as the sync log and the Idempotency-Keys of its requests knew it. */
  @Column(name = "entry_id", nullable = false, length = 36)
  private String entryId;

  @Column(name = "source_number", length = OutboxEntry.SOURCE_NUMBER_LENGTH)
  private String sourceNumber;

  @Column(name = "related_source_id", length = OutboxEntry.SOURCE_ID_LENGTH)
  private String relatedSourceId;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private PaymentProvider provider;

  @Column(name = "clearing_amount", precision = 19, scale = 2)
  private BigDecimal clearingAmount;

  /** The event's currency: a payment of the sale goes in it. */
  @Column(length = 3)
  private String currency;

  /** A sale's total charged: what a webhook compares Xero's invoice with. */
  @Column(name = "document_total", precision = 19, scale = 2)
  private BigDecimal documentTotal;

  @Column(name = "xero_document_id", length = 36)
  private String xeroDocumentId;

  @Column(name = "xero_document_number", length = 64)
  private String xeroDocumentNumber;

  @Column(name = "xero_contact_id", length = 36)
  private String xeroContactId;

  @Enumerated(EnumType.STRING)
  @Column(name = "xero_change", length = 16)
  private XeroChange xeroChange;

  @Column(name = "xero_change_amount", precision = 19, scale = 2)
  private BigDecimal xeroChangeAmount;

  @Column(name = "xero_change_at")
  private Instant xeroChangeAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  @Column(name = "archived_at", nullable = false)
  private Instant archivedAt;

  protected ArchivedEntry() {}

  /** What stays of a SENT entry. */
  static ArchivedEntry of(OutboxEntry entry, Instant archivedAt) {
    if (entry.getState() != OutboxState.SENT) {
      throw new IllegalArgumentException(
          "Entry " + entry.getId() + " is " + entry.getState() + "; only SENT entries leave");
    }
    ArchivedEntry archived = new ArchivedEntry();
    archived.businessId = entry.getBusinessId();
    archived.sourceKind = entry.getSourceKind();
    archived.sourceId = entry.getSourceId();
    archived.entryId = entry.getId();
    archived.sourceNumber = entry.getSourceNumber();
    archived.relatedSourceId = entry.getRelatedSourceId();
    archived.provider = entry.getProvider();
    archived.clearingAmount = entry.getClearingAmount();
    JsonObject event = eventOf(entry.getPayload());
    archived.currency = event.get("currency") instanceof JsonString s ? s.getString() : null;
    archived.documentTotal =
        event.get("totalCharged") instanceof JsonNumber n ? n.bigDecimalValue() : null;
    archived.xeroDocumentId = entry.getXeroDocumentId();
    archived.xeroDocumentNumber = entry.getXeroDocumentNumber();
    archived.xeroContactId = entry.getXeroContactId();
    archived.xeroChange = entry.getXeroChange();
    archived.xeroChangeAmount = entry.getXeroChangeAmount();
    archived.xeroChangeAt = entry.getXeroChangeAt();
    archived.createdAt = entry.getCreatedAt();
    archived.sentAt = entry.getUpdatedAt();
    archived.archivedAt = archivedAt;
    return archived;
  }

  /**
   * The entry as it was when SENT, for those that read it later (a refund's credit note, a payment,
   * a webhook): its payload keeps only what they read of the event, its currency and the sale's
   * total.
   */
  OutboxEntry asEntry() {
    JsonObjectBuilder event = Json.createObjectBuilder();
    if (currency != null) {
      event.add("currency", currency);
    }
    if (documentTotal != null) {
      event.add("totalCharged", documentTotal);
    }
    return OutboxEntry.archived(this, event.build().toString());
  }

  /** Keeps what Xero now shows of the document (a webhook on an archived sale). */
  void changedInXero(OutboxEntry changed) {
    this.xeroChange = changed.getXeroChange();
    this.xeroChangeAmount = changed.getXeroChangeAmount();
    this.xeroChangeAt = changed.getXeroChangeAt();
  }

  private static JsonObject eventOf(String payload) {
    try {
      JsonValue value = Json.createReader(new StringReader(payload)).readValue();
      return value instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
    } catch (JsonParsingException e) {
      // A parked event that could not be read was never SENT; nothing more to keep here.
      return JsonValue.EMPTY_JSON_OBJECT;
    }
  }

  String getBusinessId() {
    return businessId;
  }

  SourceKind getSourceKind() {
    return sourceKind;
  }

  String getSourceId() {
    return sourceId;
  }

  String getEntryId() {
    return entryId;
  }

  String getSourceNumber() {
    return sourceNumber;
  }

  String getRelatedSourceId() {
    return relatedSourceId;
  }

  PaymentProvider getProvider() {
    return provider;
  }

  BigDecimal getClearingAmount() {
    return clearingAmount;
  }

  String getCurrency() {
    return currency;
  }

  BigDecimal getDocumentTotal() {
    return documentTotal;
  }

  String getXeroDocumentId() {
    return xeroDocumentId;
  }

  String getXeroDocumentNumber() {
    return xeroDocumentNumber;
  }

  String getXeroContactId() {
    return xeroContactId;
  }

  XeroChange getXeroChange() {
    return xeroChange;
  }

  BigDecimal getXeroChangeAmount() {
    return xeroChangeAmount;
  }

  Instant getXeroChangeAt() {
    return xeroChangeAt;
  }

  Instant getCreatedAt() {
    return createdAt;
  }

  Instant getSentAt() {
    return sentAt;
  }
}
