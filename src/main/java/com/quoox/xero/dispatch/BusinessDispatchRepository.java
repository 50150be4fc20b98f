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

  /** The businesses whose lanes must not claim at {@code now}: paused, or cooling off. */
  @Transactional
  public List<BusinessDispatch> findHeld(Instant now) {
    return em.createNamedQuery("BusinessDispatch.findHeld", BusinessDispatch.class)
        .setParameter("now", now)
        .getResultList();
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
