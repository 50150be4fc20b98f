package com.quoox.xero.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Stores each business's audit trail and reads it back, newest first. */
@ApplicationScoped
public class AuditRepository {

  @PersistenceContext(unitName = "quoox-xero")
  EntityManager em;

  @Transactional
  void add(AuditEntry entry) {
    em.persist(entry);
  }

  /** The business's latest {@code limit} changes, newest first. */
  @Transactional
  public List<AuditEntry> newestOf(String businessId, int limit) {
    return em.createNamedQuery("AuditEntry.newestOf", AuditEntry.class)
        .setParameter("businessId", businessId)
        .setMaxResults(limit)
        .getResultList();
  }
}
