package com.quoox.xero.outbox;

import com.quoox.xero.events.PaymentProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Stores outbox entries and hands due ones to the dispatcher. */
@ApplicationScoped
public class OutboxRepository {

  /** Hibernate's lock timeout for SKIP LOCKED: two claimers never wait for each other's rows. */
  private static final int SKIP_LOCKED = -2;

  /** Bounds of the sync log's dates when it has none: wider than any entry, within SQL's range. */
  private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

  private static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");

  private static final List<OutboxState> DUE_STATES =
      List.of(OutboxState.PENDING, OutboxState.RETRY_WAIT);

  @PersistenceContext(unitName = "quoox-xero")
  EntityManager em;

  @Inject InsertIfAbsent insertIfAbsent;

  @Inject OutboxArchive archive;

  /**
   * Adds the entries in the caller's transaction (the sale's, or a new one if there is none),
   * except those whose event (business, kind, source id) is already in the outbox or, sent long
   * ago, in its archive; answers, per entry, whether it was added.
   */
  @Transactional
  public boolean[] addAllIfAbsent(List<OutboxEntry> entries) {
    if (insertIfAbsent.supported()) {
      return insertIfAbsent.insertAll(entries);
    }
    // H2 (demo, tests): look, then persist; the unique constraint still stops a duplicate.
    boolean[] added = new boolean[entries.size()];
    for (int i = 0; i < added.length; i++) {
      OutboxEntry entry = entries.get(i);
      if (findBySource(entry.getBusinessId(), entry.getSourceKind(), entry.getSourceId())
          .isEmpty()) {
        em.persist(entry);
        added[i] = true;
      }
    }
    return added;
  }

  /**
   * The entry of the event (business, kind, source id): in the outbox, or, once it has left after
   * the retention period, as its archive remembers it (SENT, with its Xero ids).
   */
  @Transactional
  public Optional<OutboxEntry> findBySource(String businessId, SourceKind kind, String sourceId) {
    Optional<OutboxEntry> inOutbox =
        em.createNamedQuery("OutboxEntry.findBySource", OutboxEntry.class)
            .setParameter("businessId", businessId)
            .setParameter("kind", kind)
            .setParameter("sourceId", sourceId)
            .getResultStream()
            .findFirst();
    if (inOutbox.isPresent()) {
      return inOutbox;
    }
    return archive.find(businessId, kind, sourceId).map(ArchivedEntry::asEntry);
  }

  @Transactional
  public Optional<OutboxEntry> findById(String id) {
    return Optional.ofNullable(em.find(OutboxEntry.class, id));
  }

  /**
   * The businesses with due entries, except {@code busy} ones, the one with the oldest due entry
   * first; at most {@code max}. Locks nothing: {@link #claimDueOf} claims.
   */
  @Transactional
  public List<String> findDueBusinesses(Collection<String> busy, int max) {
    // JPQL "not in" an empty list is not portable SQL, hence a second query without it.
    TypedQuery<String> query =
        busy.isEmpty()
            ? em.createNamedQuery("OutboxEntry.findDueBusinesses", String.class)
            : em.createNamedQuery("OutboxEntry.findDueBusinessesExcept", String.class)
                .setParameter("busy", busy);
    return query.setParameter("now", Instant.now()).setMaxResults(max).getResultList();
  }

  /**
   * Claims up to {@code limit} due entries of one business (new, waiting to retry, or abandoned by
   * a node whose lease ran out), oldest first, for {@code owner}, in a transaction of its own so
   * the claim is visible at once. Rows another node is claiming are skipped, not waited for.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public List<OutboxEntry> claimDueOf(String businessId, int limit, String owner, Duration lease) {
    return claim(
        em.createNamedQuery("OutboxEntry.findDueOfBusiness", OutboxEntry.class)
            .setParameter("businessId", businessId),
        limit,
        owner,
        lease);
  }

  /**
   * Claims, as {@link #claimDueOf} does, up to {@code limit} due entries of one business that are
   * of {@code kinds} (and, if {@code onlyInSummaries}, already in a daily summary): a day's sales
   * become due together, and a daily summary takes all of them.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public List<OutboxEntry> claimDueOfKinds(
      String businessId,
      Collection<SourceKind> kinds,
      boolean onlyInSummaries,
      int limit,
      String owner,
      Duration lease) {
    return claim(
        em.createNamedQuery(
                onlyInSummaries
                    ? "OutboxEntry.findDueOfBusinessOfKindsInSummaries"
                    : "OutboxEntry.findDueOfBusinessOfKinds",
                OutboxEntry.class)
            .setParameter("businessId", businessId)
            .setParameter("kinds", kinds),
        limit,
        owner,
        lease);
  }

  /** Locks up to {@code limit} of the due entries {@code due} finds, skipping locked ones. */
  private List<OutboxEntry> claim(
      TypedQuery<OutboxEntry> due, int limit, String owner, Duration lease) {
    Instant now = Instant.now();
    List<OutboxEntry> claimed =
        due.setParameter("now", now)
            .setMaxResults(limit)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
            .getResultList();
    claimed.forEach(entry -> entry.claim(owner, now.plus(lease)));
    return claimed;
  }

  /**
   * Puts the entries in the daily summary {@code key}, in a transaction of its own, before the
   * summary is first sent; answers how many joined (those already in a summary do not).
   */
  @Transactional(TxType.REQUIRES_NEW)
  public int joinSummary(Collection<String> ids, String key) {
    List<OutboxEntry> entries =
        em.createNamedQuery("OutboxEntry.findNotInSummary", OutboxEntry.class)
            .setParameter("ids", ids)
            .getResultList();
    entries.forEach(entry -> entry.joinSummary(key));
    return entries.size();
  }

  /**
   * Marks the entries of one daily summary SENT as its document, in one statement of its own
   * transaction: a day of thousands of sales is recorded at once, well within the claim's lease.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public int markSent(
      Collection<String> ids, String xeroId, String xeroNumber, String xeroContact, String note) {
    return em.createNamedQuery("OutboxEntry.markSent")
        .setParameter("xeroId", xeroId)
        .setParameter("xeroNumber", xeroNumber)
        .setParameter("xeroContact", xeroContact)
        .setParameter("note", note)
        .setParameter("now", Instant.now())
        .setParameter("ids", ids)
        .executeUpdate();
  }

  /** How many entries are in the daily summary {@code key}. */
  @Transactional
  public long countInSummary(String businessId, String key) {
    return em.createNamedQuery("OutboxEntry.countInSummary", Long.class)
        .setParameter("b", businessId)
        .setParameter("key", key)
        .getSingleResult();
  }

  /**
   * Extends {@code owner}'s claim on the entries that are still SENDING under it to a {@code lease}
   * from now; answers how many it still held (an entry whose lease ran out may be another node's).
   */
  @Transactional(TxType.REQUIRES_NEW)
  public int extendLease(Collection<String> ids, String owner, Duration lease) {
    if (ids.isEmpty()) {
      return 0;
    }
    return em.createNamedQuery("OutboxEntry.extendLease")
        .setParameter("leaseUntil", Instant.now().plus(lease))
        .setParameter("ids", ids)
        .setParameter("owner", owner)
        .executeUpdate();
  }

  /**
   * Applies a state change to the entry in a transaction of its own. An archived entry takes only
   * what Xero shows of its document (a webhook); it is never sent again.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public OutboxEntry update(String id, Consumer<OutboxEntry> change) {
    return apply(id, change);
  }

  /**
   * Applies each entry's change, as {@link #update} does, all in one transaction of their own: the
   * outcomes of one call to Xero are one commit.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void updateAll(Map<String, Consumer<OutboxEntry>> changes) {
    changes.forEach(this::apply);
  }

  private OutboxEntry apply(String id, Consumer<OutboxEntry> change) {
    OutboxEntry entry = em.find(OutboxEntry.class, id);
    if (entry != null) {
      change.accept(entry);
      return entry;
    }
    ArchivedEntry archived =
        archive
            .findByEntryId(id)
            .orElseThrow(() -> new IllegalArgumentException("No outbox entry " + id));
    OutboxEntry asArchived = archived.asEntry();
    change.accept(asArchived);
    if (asArchived.getState() != OutboxState.SENT) {
      throw new IllegalStateException("Entry " + id + " was archived and cannot be sent again");
    }
    archived.changedInXero(asArchived);
    return asArchived;
  }

  /** How many entries wait to be sent (new or retrying), across businesses. */
  @Transactional
  public long countWaiting() {
    return em.createNamedQuery("OutboxEntry.countInStates", Long.class)
        .setParameter("states", DUE_STATES)
        .getSingleResult();
  }

  /** How many entries wait to be sent (new or retrying), per business that has any. */
  @Transactional
  public Map<String, Long> countWaitingByBusiness() {
    return em.createNamedQuery("OutboxEntry.countInStatesByBusiness", Object[].class)
        .setParameter("states", DUE_STATES)
        .getResultStream()
        .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
  }

  /**
   * The newest entries of a business first, optionally only those in {@code state} and made in
   * {@code [from, until)}.
   */
  @Transactional
  public List<OutboxEntry> findByBusiness(
      String businessId, OutboxState state, Instant from, Instant until, int first, int max) {
    // Absent filters are the widest values rather than other query texts: one named query.
    return em.createNamedQuery("OutboxEntry.findByBusinessFiltered", OutboxEntry.class)
        .setParameter("b", businessId)
        .setParameter(
            "states", state == null ? EnumSet.allOf(OutboxState.class) : EnumSet.of(state))
        .setParameter("from", from == null ? EARLIEST : from)
        .setParameter("until", until == null ? LATEST : until)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * The business's entries of {@code kind} that created these Xero documents (by Xero's id), in the
   * outbox or archived.
   */
  @Transactional
  public List<OutboxEntry> findByXeroDocuments(
      String businessId, SourceKind kind, Collection<String> xeroDocumentIds) {
    if (xeroDocumentIds.isEmpty()) {
      return List.of();
    }
    List<OutboxEntry> found =
        new ArrayList<>(
            em.createNamedQuery("OutboxEntry.findByXeroDocuments", OutboxEntry.class)
                .setParameter("businessId", businessId)
                .setParameter("kind", kind)
                .setParameter("ids", xeroDocumentIds)
                .getResultList());
    archive.findByXeroDocuments(businessId, kind, xeroDocumentIds).stream()
        .map(ArchivedEntry::asEntry)
        .forEach(found::add);
    return found;
  }

  /** Puts every parked entry of a business back in line, e.g. after its mapping was fixed. */
  @Transactional
  public int retryAllParked(String businessId) {
    List<OutboxEntry> parked =
        em.createNamedQuery("OutboxEntry.findByBusinessAndState", OutboxEntry.class)
            .setParameter("businessId", businessId)
            .setParameter("state", OutboxState.NEEDS_ATTENTION)
            .getResultList();
    parked.forEach(OutboxEntry::retryNow);
    return parked.size();
  }

  /**
   * Puts back in line the entries skipped because the business was not connected, recorded from
   * {@code from} on: its first connection, or a reconnection of a business whose sales were skipped
   * while it was disconnected.
   *
   * @return how many
   */
  @Transactional
  public int sendSkippedAsNotConnected(String businessId, Instant from) {
    List<OutboxEntry> skipped =
        em.createNamedQuery("OutboxEntry.findSkippedAsNotConnected", OutboxEntry.class)
            .setParameter("businessId", businessId)
            .setParameter(
                "reasons", List.of(OutboxEntry.NEVER_CONNECTED, OutboxEntry.NOT_CONNECTED_BEFORE))
            .setParameter("from", from)
            .getResultList();
    skipped.forEach(OutboxEntry::retryNow);
    return skipped.size();
  }

  /**
   * Makes the business's waiting entries due now, e.g. when it has connected again: what waited for
   * the connection goes at once.
   *
   * @return how many
   */
  @Transactional
  public int wakeWaiting(String businessId) {
    return em.createNamedQuery("OutboxEntry.wakeWaiting")
        .setParameter("businessId", businessId)
        .setParameter("now", Instant.now())
        .executeUpdate();
  }

  /** The JSON of the business's most recent sales, newest first. */
  @Transactional
  public List<String> recentSalePayloads(String businessId, int max) {
    return em.createNamedQuery("OutboxEntry.recentPayloads", String.class)
        .setParameter("businessId", businessId)
        .setParameter("kind", SourceKind.SALE)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * What the business's SENT payments, refunds paid and payouts have moved in each provider's
   * clearing account: the balance Quoox expects there.
   */
  @Transactional
  public Map<PaymentProvider, BigDecimal> clearingTotals(String businessId) {
    Map<PaymentProvider, BigDecimal> totals = new EnumMap<>(PaymentProvider.class);
    em.createNamedQuery("OutboxEntry.clearingTotals", Object[].class)
        .setParameter("b", businessId)
        .setParameter("sent", OutboxState.SENT)
        .getResultStream()
        .forEach(row -> totals.put((PaymentProvider) row[0], (BigDecimal) row[1]));
    // What left the outbox moved that money all the same.
    archive
        .clearingTotals(businessId)
        .forEach((p, amount) -> totals.merge(p, amount, BigDecimal::add));
    return totals;
  }

  /** The business's payouts not yet in Xero, oldest first. */
  @Transactional
  public List<OutboxEntry> payoutsNotSent(String businessId) {
    return em.createNamedQuery("OutboxEntry.payoutsNotSent", OutboxEntry.class)
        .setParameter("b", businessId)
        .setParameter("payout", SourceKind.PAYOUT)
        .setParameter("sent", OutboxState.SENT)
        .getResultList();
  }

  /** The providers of the payments recorded for a sale, archived ones included. */
  @Transactional
  public List<PaymentProvider> paymentProvidersOf(String businessId, String saleId) {
    Set<PaymentProvider> providers =
        new LinkedHashSet<>(
            em.createNamedQuery("OutboxEntry.paymentProvidersOf", PaymentProvider.class)
                .setParameter("b", businessId)
                .setParameter("payment", SourceKind.PAYMENT)
                .setParameter("sale", saleId)
                .getResultList());
    providers.addAll(archive.paymentProvidersOf(businessId, saleId));
    return List.copyOf(providers);
  }
}
