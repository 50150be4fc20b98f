package com.quoox.xero.outbox;

import com.quoox.xero.events.PaymentProvider;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One sale or refund on its way to Xero. Its id anchors the {@code Idempotency-Key} of its create
 * requests, so a resend after an unknown outcome never makes a second document; the unique
 * (business, kind, source id) makes observing the same sale twice harmless.
 */
@Entity
@Table(
    name = "xero_outbox_entry",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_outbox_source",
            columnNames = {"business_id", "source_kind", "source_id"}),
    indexes = @Index(name = "ix_outbox_due", columnList = "state, next_attempt_at"))
@NamedQuery(
    name = "OutboxEntry.findBySource",
    query =
        "select e from OutboxEntry e where e.businessId = :businessId"
            + " and e.sourceKind = :kind and e.sourceId = :sourceId")
@NamedQuery(
    name = "OutboxEntry.findDueBusinesses",
    query =
        "select e.businessId from OutboxEntry e where "
            + OutboxEntry.DUE
            + " group by e.businessId order by min(e.nextAttemptAt)")
@NamedQuery(
    name = "OutboxEntry.findDueBusinessesExcept",
    query =
        "select e.businessId from OutboxEntry e where "
            + OutboxEntry.DUE
            + " and e.businessId not in :busy"
            + " group by e.businessId order by min(e.nextAttemptAt)")
@NamedQuery(
    name = "OutboxEntry.findDueOfBusiness",
    query =
        "select e from OutboxEntry e where "
            + OutboxEntry.DUE
            + " and e.businessId = :businessId order by e.nextAttemptAt, e.createdAt")
@NamedQuery(
    name = "OutboxEntry.extendLease",
    query =
        "update OutboxEntry e set e.leaseUntil = :leaseUntil where e.id in :ids"
            + " and e.state = com.quoox.xero.outbox.OutboxState.SENDING and e.claimedBy = :owner")
@NamedQuery(
    name = "OutboxEntry.countInStates",
    query = "select count(e) from OutboxEntry e where e.state in :states")
@NamedQuery(
    name = "OutboxEntry.countInStatesByBusiness",
    query =
        "select e.businessId, count(e) from OutboxEntry e where e.state in :states"
            + " group by e.businessId")
@NamedQuery(
    name = "OutboxEntry.recentPayloads",
    query =
        "select e.payload from OutboxEntry e where e.businessId = :businessId"
            + " and e.sourceKind = :kind order by e.createdAt desc")
@NamedQuery(
    name = "OutboxEntry.findByBusinessAndState",
    query =
        "select e from OutboxEntry e where e.businessId = :businessId and e.state = :state"
            + " order by e.createdAt desc")
@NamedQuery(
    name = "OutboxEntry.findSkippedAsNotConnected",
    query =
        "select e from OutboxEntry e where e.businessId = :businessId"
            + " and e.state = com.quoox.xero.outbox.OutboxState.SKIPPED"
            + " and e.lastError in :reasons and e.createdAt >= :from")
@NamedQuery(
    name = "OutboxEntry.wakeWaiting",
    query =
        "update OutboxEntry e set e.nextAttemptAt = :now where e.businessId = :businessId"
            + " and e.state = com.quoox.xero.outbox.OutboxState.RETRY_WAIT"
            + " and e.nextAttemptAt > :now")
@NamedQuery(
    name = "OutboxEntry.findDueOfBusinessOfKinds",
    query =
        "select e from OutboxEntry e where "
            + OutboxEntry.DUE
            + " and e.businessId = :businessId and e.sourceKind in :kinds"
            + " order by e.nextAttemptAt, e.createdAt")
@NamedQuery(
    name = "OutboxEntry.findDueOfBusinessOfKindsInSummaries",
    query =
        "select e from OutboxEntry e where "
            + OutboxEntry.DUE
            + " and e.businessId = :businessId and e.sourceKind in :kinds"
            + " and e.summaryKey is not null order by e.nextAttemptAt, e.createdAt")
@NamedQuery(
    name = "OutboxEntry.findNotInSummary",
    query = "select e from OutboxEntry e where e.id in :ids and e.summaryKey is null")
@NamedQuery(
    name = "OutboxEntry.markSent",
    query =
        "update OutboxEntry e set e.state = com.quoox.xero.outbox.OutboxState.SENT,"
            + " e.xeroDocumentId = :xeroId, e.xeroDocumentNumber = :xeroNumber,"
            + " e.xeroContactId = :xeroContact, e.lastError = :note, e.claimedBy = null,"
            + " e.leaseUntil = null, e.updatedAt = :now, e.version = e.version + 1"
            + " where e.id in :ids")
@NamedQuery(
    name = "OutboxEntry.countInSummary",
    query = "select count(e) from OutboxEntry e where e.businessId = :b and e.summaryKey = :key")
@NamedQuery(
    name = "OutboxEntry.findByBusinessFiltered",
    query =
        "select e from OutboxEntry e where e.businessId = :b and e.state in :states"
            + " and e.createdAt >= :from and e.createdAt < :until order by e.createdAt desc")
@NamedQuery(
    name = "OutboxEntry.clearingTotals",
    query =
        "select e.provider, sum(e.clearingAmount) from OutboxEntry e where e.businessId = :b"
            + " and e.state = :sent and e.provider is not null group by e.provider")
@NamedQuery(
    name = "OutboxEntry.payoutsNotSent",
    query =
        "select e from OutboxEntry e where e.businessId = :b and e.sourceKind = :payout"
            + " and e.state <> :sent order by e.createdAt")
@NamedQuery(
    name = "OutboxEntry.findByXeroDocuments",
    query =
        "select e from OutboxEntry e where e.businessId = :businessId"
            + " and e.sourceKind = :kind and e.xeroDocumentId in :ids")
@NamedQuery(
    name = "OutboxEntry.paymentProvidersOf",
    query =
        "select distinct e.provider from OutboxEntry e where e.businessId = :b"
            + " and e.sourceKind = :payment and e.relatedSourceId = :sale")
@NamedQuery(
    name = "OutboxEntry.findSentBefore",
    query =
        "select e from OutboxEntry e where e.state = com.quoox.xero.outbox.OutboxState.SENT"
            + " and e.updatedAt < :cutoff and (e.xeroChange is null"
            + " or e.xeroChange not in (com.quoox.xero.outbox.XeroChange.VOIDED,"
            + " com.quoox.xero.outbox.XeroChange.DELETED) or e.xeroChangeLeft = true)"
            + " order by e.updatedAt")
@NamedQuery(
    name = "OutboxEntry.deleteByIds",
    query = "delete from OutboxEntry e where e.id in :ids")
public class OutboxEntry {

  /** Why an entry of a business that has never connected to Xero was not sent. */
  public static final String NEVER_CONNECTED =
      "Not sent: the business had not connected to Xero yet. Send it with Resend if it belongs"
          + " in Xero.";

  /** The same reason as written before sales of a disconnected business waited for it. */
  static final String NOT_CONNECTED_BEFORE = "The business was not connected to Xero";

  /** Why an entry of a business that was connected, and is not now, waits. */
  public static final String WAITING_FOR_CONNECTION =
      "Waiting for the business to connect to Xero again; it goes as soon as it does.";

  /**
   * Due: new or waiting to retry and its time has come, or claimed by a node whose lease ran out.
   * The states are literals and come first, outside the OR, so PostgreSQL answers from the partial
   * index of unfinished entries (docs/claiming.md) even with a generic plan, instead of from the
   * outbox's whole history.
   */
  static final String DUE =
      "e.state in (com.quoox.xero.outbox.OutboxState.PENDING,"
          + " com.quoox.xero.outbox.OutboxState.RETRY_WAIT,"
          + " com.quoox.xero.outbox.OutboxState.SENDING)"
          + " and ((e.state <> com.quoox.xero.outbox.OutboxState.SENDING"
          + " and e.nextAttemptAt <= :now)"
          + " or (e.state = com.quoox.xero.outbox.OutboxState.SENDING and e.leaseUntil < :now))";

  public static final int MAX_ERROR_LENGTH = 2000;

  /** Column sizes the intake's validation checks events against, so a stored event always fits. */
  public static final int BUSINESS_ID_LENGTH = 64;

  public static final int SOURCE_ID_LENGTH = 128;

  public static final int SOURCE_NUMBER_LENGTH = 64;

  /** Ample for a sale of thousands of lines; Xero takes at most 3.5 MB per request anyway. */
  public static final int MAX_PAYLOAD_LENGTH = 1_000_000;

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "business_id", nullable = false, length = BUSINESS_ID_LENGTH)
  private String businessId;

  @Enumerated(EnumType.STRING)
  @Column(name = "source_kind", nullable = false, length = 16)
  private SourceKind sourceKind;

  @Column(name = "source_id", nullable = false, length = SOURCE_ID_LENGTH)
  private String sourceId;

  /** The sale or refund number people see, for the sync log. */
  @Column(name = "source_number", length = SOURCE_NUMBER_LENGTH)
  private String sourceNumber;

  /** For a refund: the sale it refunds, whose invoice must be SENT first. */
  @Column(name = "related_source_id", length = SOURCE_ID_LENGTH)
  private String relatedSourceId;

  /** The event as JSON, so the dispatcher maps exactly what the sale said. */
  @Column(nullable = false, length = MAX_PAYLOAD_LENGTH)
  private String payload;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private OutboxState state;

  @Column(nullable = false)
  private int attempts;

  /** Counts the retries a person asked for: each may send a different request (a fixed mapping). */
  @Column(name = "request_revision", nullable = false)
  private int requestRevision;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "last_error", length = MAX_ERROR_LENGTH)
  private String lastError;

  @Column(name = "claimed_by", length = 64)
  private String claimedBy;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  /** For payments, refunds paid and payouts: whose clearing account the money moves in. */
  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private PaymentProvider provider;

  /** How much it moves into (positive) or out of (negative) that clearing account once SENT. */
  @Column(name = "clearing_amount", precision = 19, scale = 2)
  private BigDecimal clearingAmount;

  /** An earlier attempt's outcome is unknown: its documents may be in Xero already. */
  @Column(name = "may_be_in_xero", nullable = false)
  private boolean mayBeInXero;

  /**
   * The daily summary this entry went into; fixed once it is first sent. Null: its own document.
   */
  @Column(name = "summary_key", length = 64)
  private String summaryKey;

  @Column(name = "xero_document_id", length = 36)
  private String xeroDocumentId;

  @Column(name = "xero_document_number", length = 64)
  private String xeroDocumentNumber;

  @Column(name = "xero_contact_id", length = 36)
  private String xeroContactId;

  /** What an accountant did in Xero to the document, as Xero's webhooks told; null: nothing. */
  @Enumerated(EnumType.STRING)
  @Column(name = "xero_change", length = 16)
  private XeroChange xeroChange;

  /** PAID: the amount paid; EDITED: the document's new total. */
  @Column(name = "xero_change_amount", precision = 19, scale = 2)
  private BigDecimal xeroChangeAmount;

  @Column(name = "xero_change_at")
  private Instant xeroChangeAt;

  /** A person saw the document VOIDED or DELETED in Xero and chose to leave it so. */
  @Column(name = "xero_change_left", nullable = false)
  private boolean xeroChangeLeft;

  /** How many times a person sent the sale again after Xero voided or deleted its document. */
  @Column(name = "sent_again", nullable = false)
  private int sentAgain;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  /** Read from the archive: the outbox no longer holds it. */
  @Transient private boolean archived;

  protected OutboxEntry() {}

  private OutboxEntry(
      SourceKind kind, String businessId, String sourceId, String sourceNumber, String payload) {
    this.id = UUID.randomUUID().toString();
    this.sourceKind = Objects.requireNonNull(kind);
    this.businessId = Objects.requireNonNull(businessId);
    this.sourceId = Objects.requireNonNull(sourceId);
    this.sourceNumber = sourceNumber;
    this.payload = Objects.requireNonNull(payload);
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
    this.nextAttemptAt = createdAt;
    this.state = OutboxState.PENDING;
  }

  /** A sale or refund ready to send. */
  public static OutboxEntry pending(
      SourceKind kind, String businessId, String sourceId, String sourceNumber, String payload) {
    return new OutboxEntry(kind, businessId, sourceId, sourceNumber, payload);
  }

  /** An event that failed validation: kept, with the reason, for a person to look at. */
  public static OutboxEntry parked(
      SourceKind kind,
      String businessId,
      String sourceId,
      String sourceNumber,
      String payload,
      String reason) {
    OutboxEntry entry = new OutboxEntry(kind, businessId, sourceId, sourceNumber, payload);
    entry.park(reason);
    return entry;
  }

  /**
   * An entry that has left the outbox, as its archive remembers it: SENT, with its Xero ids and
   * {@code payload} in place of the event. Never persisted again: it is read, not sent.
   */
  static OutboxEntry archived(ArchivedEntry archived, String payload) {
    OutboxEntry entry =
        new OutboxEntry(
            archived.getSourceKind(),
            archived.getBusinessId(),
            archived.getSourceId(),
            archived.getSourceNumber(),
            payload);
    entry.id = archived.getEntryId();
    entry.relatedSourceId = archived.getRelatedSourceId();
    entry.provider = archived.getProvider();
    entry.clearingAmount = archived.getClearingAmount();
    entry.state = OutboxState.SENT;
    entry.attempts = 1;
    entry.nextAttemptAt = null;
    entry.xeroDocumentId = archived.getXeroDocumentId();
    entry.xeroDocumentNumber = archived.getXeroDocumentNumber();
    entry.xeroContactId = archived.getXeroContactId();
    entry.xeroChange = archived.getXeroChange();
    entry.xeroChangeAmount = archived.getXeroChangeAmount();
    entry.xeroChangeAt = archived.getXeroChangeAt();
    entry.createdAt = archived.getCreatedAt();
    entry.updatedAt = archived.getSentAt();
    entry.archived = true;
    return entry;
  }

  /** Makes this refund wait for the invoice of the sale it refunds. */
  public OutboxEntry refunding(String saleId) {
    this.relatedSourceId = saleId;
    return this;
  }

  /**
   * Marks this entry as moving {@code amount} into (or, negative, out of) {@code provider}'s
   * clearing account; {@code relatedSourceId} is what it waits for (the sale's invoice, the
   * refund's credit note), or null.
   */
  public OutboxEntry movingMoney(
      PaymentProvider provider, BigDecimal amount, String relatedSourceId) {
    this.provider = provider;
    this.clearingAmount = amount;
    this.relatedSourceId = relatedSourceId;
    return this;
  }

  /** Takes the entry for sending until {@code leaseUntil}; another node may reclaim it after. */
  public void claim(String owner, Instant leaseUntil) {
    if (state == OutboxState.SENDING) {
      // Claimed again after a lease ran out: its sender died or lost the database mid-send.
      this.mayBeInXero = true;
    }
    this.state = OutboxState.SENDING;
    this.claimedBy = owner;
    this.leaseUntil = leaseUntil;
    this.attempts++;
    touch();
  }

  /**
   * In Xero. {@code note} is null, or a warning a person should see (e.g. Xero's total differs from
   * the charge because a tax type's rate differs from the sale's).
   */
  public void markSent(String xeroId, String xeroNumber, String xeroContact, String note) {
    this.state = OutboxState.SENT;
    this.xeroDocumentId = xeroId;
    this.xeroDocumentNumber = xeroNumber;
    this.xeroContactId = xeroContact;
    this.lastError = truncate(note);
    release();
  }

  /**
   * The first document of a two-call delivery (a credit note before its allocation, a payout's fees
   * before its transfer) is in Xero: recorded before the second call, so no retry creates it again.
   */
  public void firstDocumentCreated(String xeroId, String xeroNumber, String xeroContact) {
    this.xeroDocumentId = xeroId;
    this.xeroDocumentNumber = xeroNumber;
    this.xeroContactId = xeroContact;
    touch();
  }

  /** The first document of a two-call delivery that is in Xero already, or null. */
  public String firstDocumentId() {
    return state == OutboxState.SENT ? null : xeroDocumentId;
  }

  /** A transient failure: try again at {@code at}. */
  public void scheduleRetry(String reason, Instant at) {
    this.state = OutboxState.RETRY_WAIT;
    this.lastError = truncate(reason);
    this.nextAttemptAt = at;
    release();
  }

  /**
   * Not a failure: something this entry depends on is not ready (the sale's invoice), so the claim
   * does not count as an attempt.
   */
  public void waitUntil(String reason, Instant at) {
    scheduleRetry(reason, at);
    this.attempts = Math.max(0, attempts - 1);
  }

  /** A permanent problem: stays until a person asks for a retry. */
  public void park(String reason) {
    this.state = OutboxState.NEEDS_ATTENTION;
    this.lastError = truncate(reason);
    release();
  }

  /** Not to be sent: the business never connected, or chose not to record it in Xero. */
  public void skip(String reason) {
    this.state = OutboxState.SKIPPED;
    this.lastError = truncate(reason);
    release();
  }

  /**
   * Xero may or may not have created the documents of this attempt (a timeout, a 5xx, a lost
   * answer): before creating them again, the dispatcher looks them up.
   */
  public void outcomeUnknown() {
    this.mayBeInXero = true;
  }

  /** Goes to Xero in the daily summary {@code key}, now and on every later attempt. */
  public void joinSummary(String key) {
    this.summaryKey = Objects.requireNonNull(key);
    touch();
  }

  /**
   * Out of its summary again: Xero refused the summary, so it is not in Xero, and a retry groups
   * the entry afresh.
   */
  public void leaveSummary() {
    this.summaryKey = null;
    touch();
  }

  /**
   * The next attempt sends a different request (e.g. re-dated): it needs a key of its own, since
   * Xero refuses a key it remembers with a different request.
   */
  public void newRequest() {
    this.requestRevision++;
    touch();
  }

  /** A person fixed the cause (e.g. the account mapping): send again now. */
  public void retryNow() {
    if (state == OutboxState.SENT || state == OutboxState.SENDING) {
      throw new IllegalStateException("Entry " + id + " is " + state + " and cannot be retried");
    }
    this.state = OutboxState.PENDING;
    this.nextAttemptAt = Instant.now();
    this.requestRevision++;
    touch();
  }

  /**
   * Records what Xero shows of this entry's document now; answers false (and changes nothing) when
   * the entry already says so, so a replayed or repeated event leaves it as it was.
   */
  public boolean changedInXero(XeroChange change, BigDecimal amount, Instant at) {
    boolean same =
        change == xeroChange
            && (amount == null
                ? xeroChangeAmount == null
                : xeroChangeAmount != null && amount.compareTo(xeroChangeAmount) == 0);
    if (same) {
      return false;
    }
    this.xeroChange = change;
    this.xeroChangeAmount = amount;
    this.xeroChangeAt = at;
    this.xeroChangeLeft = false;
    touch();
    return true;
  }

  /**
   * A person chose to send the sale again after Xero voided or deleted its invoice: it goes as a
   * new invoice whose Reference carries a suffix ({@link #numberAsSent}), with a key of its own.
   */
  public void sendAgain() {
    if (state != OutboxState.SENT || xeroChange == null || !xeroChange.removedFromBooks()) {
      throw new IllegalStateException(
          "Entry " + id + " is not a document voided or deleted in Xero");
    }
    this.lastError =
        truncate("Sent again: " + xeroDocumentNumber + " was " + xeroChange + " in Xero");
    this.sentAgain++;
    this.xeroChange = null;
    this.xeroChangeAmount = null;
    this.xeroChangeAt = null;
    this.xeroChangeLeft = false;
    this.mayBeInXero = false;
    this.state = OutboxState.PENDING;
    this.nextAttemptAt = Instant.now();
    this.requestRevision++;
    touch();
  }

  /** A person chose to leave the document voided or deleted in Xero. */
  public void leaveAsChangedInXero() {
    if (xeroChange == null || !xeroChange.removedFromBooks()) {
      throw new IllegalStateException(
          "Entry " + id + " is not a document voided or deleted in Xero");
    }
    this.xeroChangeLeft = true;
    touch();
  }

  /** Xero shows the sale's invoice paid in full already (an accountant recorded the money). */
  public boolean paidInXero() {
    return xeroChange == XeroChange.PAID;
  }

  /**
   * The sale's or refund's number as its document carries it in Xero: the number itself, and after
   * each time it was sent again a suffix ({@code S-1/2}, {@code S-1/3}), so the new document's
   * Reference is its own and never silently the voided one's.
   */
  public String numberAsSent(String number) {
    return sentAgain == 0 ? number : number + "/" + (sentAgain + 1);
  }

  /**
   * The {@code Idempotency-Key} of this entry's create request: the same across automatic retries,
   * so Xero never makes a second document; new after a person's retry, because the fixed request
   * differs and Xero would otherwise replay its first answer (the error).
   */
  public String idempotencyKey() {
    return requestRevision == 0 ? id : id + "-r" + requestRevision;
  }

  private void release() {
    this.claimedBy = null;
    this.leaseUntil = null;
    touch();
  }

  private void touch() {
    this.updatedAt = Instant.now();
  }

  private static String truncate(String reason) {
    if (reason == null || reason.length() <= MAX_ERROR_LENGTH) {
      return reason;
    }
    return reason.substring(0, MAX_ERROR_LENGTH - 1) + "…";
  }

  public String getId() {
    return id;
  }

  public String getBusinessId() {
    return businessId;
  }

  public SourceKind getSourceKind() {
    return sourceKind;
  }

  public String getSourceId() {
    return sourceId;
  }

  public String getSourceNumber() {
    return sourceNumber;
  }

  public String getRelatedSourceId() {
    return relatedSourceId;
  }

  public String getPayload() {
    return payload;
  }

  public OutboxState getState() {
    return state;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public String getLastError() {
    return lastError;
  }

  public PaymentProvider getProvider() {
    return provider;
  }

  public BigDecimal getClearingAmount() {
    return clearingAmount;
  }

  public boolean mayBeInXero() {
    return mayBeInXero;
  }

  public String getSummaryKey() {
    return summaryKey;
  }

  public String getXeroDocumentId() {
    return xeroDocumentId;
  }

  public String getXeroDocumentNumber() {
    return xeroDocumentNumber;
  }

  public String getXeroContactId() {
    return xeroContactId;
  }

  public XeroChange getXeroChange() {
    return xeroChange;
  }

  public BigDecimal getXeroChangeAmount() {
    return xeroChangeAmount;
  }

  public Instant getXeroChangeAt() {
    return xeroChangeAt;
  }

  public boolean xeroChangeLeft() {
    return xeroChangeLeft;
  }

  /** Whether the entry has left the outbox after the retention period (its archive answered). */
  public boolean isArchived() {
    return archived;
  }

  public int getSentAgain() {
    return sentAgain;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
