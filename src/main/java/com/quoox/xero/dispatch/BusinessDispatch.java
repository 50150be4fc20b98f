package com.quoox.xero.dispatch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How dispatch stands for one business, in the database so that every node sees it: paused by an
 * operator (its sales are still recorded, not sent), and its own circuit (see {@link LaneCircuit}),
 * open while its Xero keeps failing. A business without a row is running with a closed circuit.
 *
 * <p>It also holds what nodes must agree on to share one organisation's limits: which node's lane
 * sends for the business now ({@code laneNode} until {@code laneUntil}), and until when its
 * organisation has no calls left ({@code callsHeldUntil}), learnt from Xero by any node.
 */
@Entity
@Table(name = "xero_business_dispatch")
@NamedQuery(
    name = "BusinessDispatch.findHeld",
    query =
        "select d from BusinessDispatch d where d.paused = true or d.circuitOpenUntil > :now"
            + " or d.callsHeldUntil > :now or (d.laneUntil > :now and d.laneNode <> :node)")
@NamedQuery(
    name = "BusinessDispatch.takeLane",
    query =
        "update BusinessDispatch d set d.laneNode = :node, d.laneUntil = :until,"
            + " d.version = d.version + 1 where d.businessId = :businessId"
            + " and (d.laneNode = :node or d.laneUntil is null or d.laneUntil < :now)"
            + " and (d.callsHeldUntil is null or d.callsHeldUntil <= :now)")
@NamedQuery(
    name = "BusinessDispatch.releaseLane",
    query =
        "update BusinessDispatch d set d.laneNode = null, d.laneUntil = null,"
            + " d.version = d.version + 1 where d.businessId = :businessId and d.laneNode = :node")
@NamedQuery(
    name = "BusinessDispatch.holdCalls",
    query =
        "update BusinessDispatch d set d.callsHeldUntil = :until, d.version = d.version + 1"
            + " where d.businessId = :businessId"
            + " and (d.callsHeldUntil is null or d.callsHeldUntil < :until)")
@NamedQuery(
    name = "BusinessDispatch.closeCircuit",
    query =
        "update BusinessDispatch d set d.consecutiveFailures = 0, d.circuitOpenings = 0,"
            + " d.circuitOpenUntil = null, d.updatedAt = :now, d.version = d.version + 1"
            + " where d.businessId = :businessId and (d.consecutiveFailures > 0"
            + " or d.circuitOpenings > 0 or d.circuitOpenUntil is not null)")
public class BusinessDispatch {

  public static final int MAX_REASON_LENGTH = 500;

  @Id
  @Column(name = "business_id", length = 64)
  private String businessId;

  @Column(nullable = false)
  private boolean paused;

  @Column(name = "paused_at")
  private Instant pausedAt;

  @Column(name = "paused_reason", length = MAX_REASON_LENGTH)
  private String pausedReason;

  @Column(name = "consecutive_failures", nullable = false)
  private int consecutiveFailures;

  @Column(name = "circuit_openings", nullable = false)
  private int circuitOpenings;

  @Column(name = "circuit_open_until")
  private Instant circuitOpenUntil;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "lane_node", length = 64)
  private String laneNode;

  @Column(name = "lane_until")
  private Instant laneUntil;

  @Column(name = "calls_held_until")
  private Instant callsHeldUntil;

  @Version private long version;

  protected BusinessDispatch() {}

  BusinessDispatch(String businessId) {
    this.businessId = Objects.requireNonNull(businessId);
    this.updatedAt = Instant.now();
  }

  /** Sales are still recorded but not sent until {@link #resume}. */
  void pause(String reason, Instant now) {
    if (!paused) {
      this.pausedAt = now;
    }
    this.paused = true;
    this.pausedReason =
        reason == null || reason.length() <= MAX_REASON_LENGTH
            ? reason
            : reason.substring(0, MAX_REASON_LENGTH);
    this.updatedAt = now;
  }

  /** Sends again now; an operator's resume also ends a cool-off, so a trial send goes at once. */
  void resume(Instant now) {
    this.paused = false;
    this.pausedAt = null;
    this.pausedReason = null;
    this.circuitOpenUntil = null;
    this.updatedAt = now;
  }

  /** One more transient failure of the business's Xero; may open the circuit. */
  void xeroFailed(LaneCircuit circuit, Instant now) {
    consecutiveFailures++;
    Instant until = circuit.openUntil(consecutiveFailures, circuitOpenings, now);
    if (until != null) {
      circuitOpenings++;
      consecutiveFailures = 0;
      circuitOpenUntil = until;
    }
    this.updatedAt = now;
  }

  public String getBusinessId() {
    return businessId;
  }

  public boolean isPaused() {
    return paused;
  }

  public Instant getPausedAt() {
    return pausedAt;
  }

  public String getPausedReason() {
    return pausedReason;
  }

  public int getConsecutiveFailures() {
    return consecutiveFailures;
  }

  public Instant getCircuitOpenUntil() {
    return circuitOpenUntil;
  }

  /** Whether the lane is cooling off at {@code now}. */
  public boolean circuitOpenAt(Instant now) {
    return circuitOpenUntil != null && circuitOpenUntil.isAfter(now);
  }

  /**
   * When the business's sending is no longer held by time (its organisation's calls renewed, its
   * cool-off over), or empty when nothing held by time ends later than {@code now} or it is paused,
   * which only a person ends. Another node's lane is not counted: that node sends for it.
   */
  Optional<Instant> holdEndsAt(Instant now) {
    if (paused) {
      return Optional.empty();
    }
    Instant ends = null;
    for (Instant until : new Instant[] {callsHeldUntil, circuitOpenUntil}) {
      if (until != null && until.isAfter(now) && (ends == null || until.isAfter(ends))) {
        ends = until;
      }
    }
    return Optional.ofNullable(ends);
  }
}
