package com.quoox.xero.outbox;

import com.quoox.xero.events.PaymentProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Moves SENT entries out of the outbox into their archive, and answers for them afterwards: by key
 * (a replayed event, a late refund's sale), by Xero document (a webhook) and by entry id.
 */
@ApplicationScoped
class OutboxArchive {

  /** Hibernate's lock timeout for SKIP LOCKED: two nodes archiving take different rows. */
  private static final int SKIP_LOCKED = -2;

  @PersistenceContext(unitName = "quoox-xero")
  EntityManager em;

  /**
   * Moves up to {@code max} entries SENT and unchanged since before {@code cutoff}, oldest first,
   * into the archive, in a transaction of its own; answers how many. Rows another node is moving
   * are skipped, not waited for.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public int archiveSentBefore(Instant cutoff, int max) {
    List<OutboxEntry> old =
        em.createNamedQuery("OutboxEntry.findSentBefore", OutboxEntry.class)
            .setParameter("cutoff", cutoff)
            .setMaxResults(max)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
            .getResultList();
    if (old.isEmpty()) {
      return 0;
    }
    Instant now = Instant.now();
    for (OutboxEntry entry : old) {
      // Already archived: the same event was recorded again at the very moment its first entry
      // left; the first entry's Xero ids are the ones that count.
      if (find(entry.getBusinessId(), entry.getSourceKind(), entry.getSourceId()).isEmpty()) {
        em.persist(ArchivedEntry.of(entry, now));
      }
    }
    em.flush();
    em.createNamedQuery("OutboxEntry.deleteByIds")
        .setParameter("ids", old.stream().map(OutboxEntry::getId).toList())
        .executeUpdate();
    return old.size();
  }

  Optional<ArchivedEntry> find(String businessId, SourceKind kind, String sourceId) {
    return Optional.ofNullable(
        em.find(ArchivedEntry.class, new ArchivedEntry.Key(businessId, kind, sourceId)));
  }

  Optional<ArchivedEntry> findByEntryId(String entryId) {
    return em.createNamedQuery("ArchivedEntry.findByEntryId", ArchivedEntry.class)
        .setParameter("id", entryId)
        .getResultStream()
        .findFirst();
  }

  List<ArchivedEntry> findByXeroDocuments(
      String businessId, SourceKind kind, Collection<String> xeroDocumentIds) {
    return em.createNamedQuery("ArchivedEntry.findByXeroDocuments", ArchivedEntry.class)
        .setParameter("businessId", businessId)
        .setParameter("kind", kind)
        .setParameter("ids", xeroDocumentIds)
        .getResultList();
  }

  List<PaymentProvider> paymentProvidersOf(String businessId, String saleId) {
    return em.createNamedQuery("ArchivedEntry.paymentProvidersOf", PaymentProvider.class)
        .setParameter("b", businessId)
        .setParameter("payment", SourceKind.PAYMENT)
        .setParameter("sale", saleId)
        .getResultList();
  }

  Map<PaymentProvider, BigDecimal> clearingTotals(String businessId) {
    return em.createNamedQuery("ArchivedEntry.clearingTotals", Object[].class)
        .setParameter("b", businessId)
        .getResultStream()
        .collect(Collectors.toMap(row -> (PaymentProvider) row[0], row -> (BigDecimal) row[1]));
  }
}
