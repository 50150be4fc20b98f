package com.quoox.xero.connection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.function.Predicate;

/** Stores the "Connect to Xero" sign-ins under way, each until its callback takes it. */
@ApplicationScoped
class OAuthAuthorizations {

  @PersistenceContext(unitName = "quoox-xero")
  EntityManager em;

  @Transactional
  void add(OAuthAuthorization authorization) {
    // Sign-ins started and never finished lapse; they are of no use to anyone after that.
    em.createNamedQuery("OAuthAuthorization.deleteLapsed")
        .setParameter("cutoff", Instant.now().minus(OAuthAuthorization.LIFETIME))
        .executeUpdate();
    em.persist(authorization);
  }

  /**
   * The sign-in Xero called back about, deleted in a transaction of its own before its code is
   * exchanged: whatever happens afterwards, a state is used once, so a callback whose exchange
   * failed (or one captured on its way) cannot be played again.
   *
   * @param user the signed-in user completing the sign-in: it must be the one who started it
   * @throws ConnectionTestFailed when the state is unknown, already used or lapsed
   * @throws SecurityException when another user started it or the user may no longer act for its
   *     business; the sign-in is kept for its own user then
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  OAuthAuthorization take(String state, String user, Predicate<String> userMayActFor) {
    OAuthAuthorization authorization =
        state == null ? null : em.find(OAuthAuthorization.class, state);
    if (authorization == null || authorization.lapsed()) {
      throw unknown();
    }
    if (!authorization.startedBy(user)) {
      throw new SecurityException(
          "This Xero sign-in was started by another user: only they can complete it");
    }
    if (!userMayActFor.test(authorization.businessId())) {
      throw new SecurityException("You may not connect business " + authorization.businessId());
    }
    // The delete, not the read, decides: of two callbacks with the same state only one deletes it.
    int deleted =
        em.createNamedQuery("OAuthAuthorization.delete")
            .setParameter("state", state)
            .executeUpdate();
    if (deleted == 0) {
      throw unknown();
    }
    return authorization;
  }

  private static ConnectionTestFailed unknown() {
    return new ConnectionTestFailed(
        "This Xero sign-in is unknown, already used or older than 15 minutes: connect again");
  }
}
