package com.quoox.xero.connection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.function.Function;

/**
 * The rows that hold encrypted secrets: connections, certificates waiting for their private app,
 * and sign-ins under way. Each row's secrets are resealed in a transaction of its own, under the
 * row's lock, so a token refresh or a new connection saved meanwhile is neither lost nor blocked
 * for longer than one row.
 */
@ApplicationScoped
class StoredSecrets {

  /** A kind of row with secrets: its entity, the query listing its ids, and its secrets' owner. */
  enum Holder {
    CONNECTION(XeroConnection.class, "XeroConnection.businessIds"),
    CERTIFICATE(IssuedCertificate.class, "IssuedCertificate.businessIds"),
    SIGN_IN(OAuthAuthorization.class, "OAuthAuthorization.states");

    private final Class<?> entity;
    private final String idQuery;

    Holder(Class<?> entity, String idQuery) {
      this.entity = entity;
      this.idQuery = idQuery;
    }
  }

  @PersistenceContext(unitName = "quoox-xero")
  EntityManager em;

  @Transactional
  List<String> ids(Holder holder) {
    return em.createNamedQuery(holder.idQuery, String.class).getResultList();
  }

  /**
   * Puts the row's secrets through {@code reseal}, given the row's owner; false if the row is gone.
   */
  @Transactional(TxType.REQUIRES_NEW)
  boolean reseal(Holder holder, String id, Function<String, SecretResealing> reseal) {
    Object row = em.find(holder.entity, id, LockModeType.PESSIMISTIC_WRITE);
    if (row instanceof XeroConnection c) {
      c.resealSecrets(reseal.apply(c.getBusinessId()));
    } else if (row instanceof IssuedCertificate c) {
      c.resealSecrets(reseal.apply(c.getBusinessId()));
    } else if (row instanceof OAuthAuthorization a) {
      a.resealSecrets(reseal.apply(a.state()));
    } else {
      return false;
    }
    return true;
  }
}
