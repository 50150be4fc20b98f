package com.quoox.xero.dispatch;

import com.quoox.xero.schema.DatabaseProduct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Stores each business's dispatch control: the operator's pause and the business's circuit. */
@ApplicationScoped
public class BusinessDispatchRepository {

  @PersistenceContext(unitName = "quoox-xero")
  EntityManager em;

  @Inject DatabaseProduct database;

  @Transactional
  public Optional<BusinessDispatch> find(String businessId) {
    return Optional.ofNullable(em.find(BusinessDispatch.class, businessId));
  }

  /**
   * The businesses {@code node} must not claim for at {@code now}: paused, cooling off, out of
   * calls at Xero, or with a lane on another node.
   */
  @Transactional
  public List<BusinessDispatch> findHeld(Instant now, String node) {
    return em.createNamedQuery("BusinessDispatch.findHeld", BusinessDispatch.class)
        .setParameter("now", now)
        .setParameter("node", node)
        .getResultList();
  }

  /**
   * Takes (or renews) the business's lane for {@code node} until {@code until}; false when another
   * node holds it, or its organisation has no calls left. One statement when the row exists: two
   * nodes taking it at once are ordered by the row's lock, and the second finds it held.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean takeLane(String businessId, String node, Instant until) {
    if (takeLaneIfFree(businessId, node, until) == 1) {
      return true;
    }
    // The business's first lane: its row is made first (by whichever node gets there first).
    return createIfAbsent(businessId) && takeLaneIfFree(businessId, node, until) == 1;
  }

  private int takeLaneIfFree(String businessId, String node, Instant until) {
    return em.createNamedQuery("BusinessDispatch.takeLane")
        .setParameter("businessId", businessId)
        .setParameter("node", node)
        .setParameter("until", until)
        .setParameter("now", Instant.now())
        .executeUpdate();
  }

  /**
   * Makes the business's row if it has none, without failing when another node makes it at the same
   * moment (PostgreSQL's {@code ON CONFLICT}); answers whether there was none before.
   */
  private boolean createIfAbsent(String businessId) {
    String insert =
        "insert into xero_business_dispatch (business_id, paused, consecutive_failures,"
            + " circuit_openings, updated_at, version) select ?1, false, 0, 0, ?2, 0"
            + " where not exists (select 1 from xero_business_dispatch where business_id = ?1)"
            + (database.postgreSql() ? " on conflict (business_id) do nothing" : "");
    return em.createNativeQuery(insert)
            .setParameter(1, businessId)
            .setParameter(2, Instant.now())
            .executeUpdate()
        == 1;
  }

  /** Lets the business's lane go, if {@code node} still holds it, for any node's next round. */
  @Transactional(TxType.REQUIRES_NEW)
  public void releaseLane(String businessId, String node) {
    em.createNamedQuery("BusinessDispatch.releaseLane")
        .setParameter("businessId", businessId)
        .setParameter("node", node)
        .executeUpdate();
  }

  /**
   * Holds the business's sending on every node until {@code until}: Xero said its organisation's
   * calls are spent (its headers down to the reserve, or a 429). Never shortens a longer hold.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void holdCalls(String businessId, Instant until) {
    createIfAbsent(businessId);
    em.createNamedQuery("BusinessDispatch.holdCalls")
        .setParameter("businessId", businessId)
        .setParameter("until", until)
        .executeUpdate();
  }

  @Transactional(TxType.REQUIRES_NEW)
  public BusinessDispatch pause(String businessId, String reason) {
    return change(businessId, d -> d.pause(reason, Instant.now()));
  }

  @Transactional(TxType.REQUIRES_NEW)
  public BusinessDispatch resume(String businessId) {
    return change(businessId, d -> d.resume(Instant.now()));
  }

  /** Counts a transient failure of the business's Xero; may open its circuit. */
  @Transactional(TxType.REQUIRES_NEW)
  public BusinessDispatch xeroFailed(String businessId, LaneCircuit circuit) {
    return change(businessId, d -> d.xeroFailed(circuit, Instant.now()));
  }

  /** Xero answered: closes the circuit. One statement, which changes nothing when all is well. */
  @Transactional(TxType.REQUIRES_NEW)
  public void xeroAnswered(String businessId) {
    em.createNamedQuery("BusinessDispatch.closeCircuit")
        .setParameter("businessId", businessId)
        .setParameter("now", Instant.now())
        .executeUpdate();
  }

  /**
   * Changes the business's row under its lock, creating it first if it has none (without failing
   * when another node creates it at the same moment).
   */
  private BusinessDispatch change(String businessId, Consumer<BusinessDispatch> change) {
    createIfAbsent(businessId);
    BusinessDispatch dispatch =
        em.find(BusinessDispatch.class, businessId, LockModeType.PESSIMISTIC_WRITE);
    change.accept(dispatch);
    return dispatch;
  }
}
