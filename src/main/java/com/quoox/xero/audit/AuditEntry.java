package com.quoox.xero.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One change a person made to a business's Xero set-up: who, when, about what, and a short summary
 * in plain words. Written once and never changed; the summary holds no secret.
 */
@Entity
@Table(name = "xero_audit_entry")
@NamedQuery(
    name = "AuditEntry.newestOf",
    query =
        "select a from AuditEntry a where a.businessId = :businessId"
            + " order by a.changedAt desc, a.id desc")
public class AuditEntry {

  static final int MAX_USER_LENGTH = 255;
  static final int MAX_SUMMARY_LENGTH = 2000;

  /** Generated in insertion order, so two changes in the same microsecond keep theirs. */
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "business_id", nullable = false, length = 64)
  private String businessId;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "changed_by", nullable = false, length = MAX_USER_LENGTH)
  private String changedBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private AuditTopic topic;

  @Column(nullable = false, length = MAX_SUMMARY_LENGTH)
  private String summary;

  protected AuditEntry() {}

  AuditEntry(
      String businessId, Instant changedAt, String changedBy, AuditTopic topic, String summary) {
    this.businessId = Objects.requireNonNull(businessId, "business");
    this.changedAt = Objects.requireNonNull(changedAt, "time");
    this.changedBy = shortened(Objects.requireNonNull(changedBy, "user"), MAX_USER_LENGTH);
    this.topic = Objects.requireNonNull(topic, "topic");
    this.summary = shortened(Objects.requireNonNull(summary, "summary"), MAX_SUMMARY_LENGTH);
  }

  private static String shortened(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  public String getBusinessId() {
    return businessId;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public AuditTopic getTopic() {
    return topic;
  }

  public String getSummary() {
    return summary;
  }
}
