package com.quoox.xero.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
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
    int taken =
        em.createNamedQuery("BusinessDispatch.takeLane")
            .setParameter("businessId", businessId)
            .setParameter("node", node)
            .setParameter("until", until)
            .setParameter("now", Instant.now())
            .executeUpdate();
    if (taken == 1) {
      return true;
    }
    if (em.find(BusinessDispatch.class, businessId) != null) {
      return false;
    }
    // The business's first lane: a node creating the row at the same moment makes this insert
    // fail on the primary key, and the caller treats the failure as the lane not taken.
    em.persist(BusinessDispatch.withLane(businessId, node, until));
    return true;
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
    int held =
        em.createNamedQuery("BusinessDispatch.holdCalls")
            .setParameter("businessId", businessId)
            .setParameter("until", until)
            .executeUpdate();
    if (held == 0 && em.find(BusinessDispatch.class, businessId) == null) {
      BusinessDispatch dispatch = new BusinessDispatch(businessId);
      dispatch.holdCalls(until);
      em.persist(dispatch);
    }
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

  /** Changes the business's row under its lock, creating it first if it has none. */
  private BusinessDispatch change(String businessId, Consumer<BusinessDispatch> change) {
    BusinessDispatch dispatch =
        em.find(BusinessDispatch.class, businessId, LockModeType.PESSIMISTIC_WRITE);
    if (dispatch == null) {
      dispatch = new BusinessDispatch(businessId);
      em.persist(dispatch);
    }
    change.accept(dispatch);
    return dispatch;
  }
}
