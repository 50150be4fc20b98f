package com.quoox.xero.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores which businesses poll Xero for changes, and how far each has looked. */
@ApplicationScoped
class ChangePolls {

  @PersistenceContext(unitName = "quoox-xero")
  EntityManager em;

  @Transactional
  public Optional<ChangePoll> find(String businessId) {
    return Optional.ofNullable(em.find(ChangePoll.class, businessId));
  }

  /** Switches the poll on (looking from now) or off. */
  @Transactional
  public ChangePoll switchOn(String businessId, boolean on) {
    ChangePoll poll = em.find(ChangePoll.class, businessId);
    if (poll == null) {
      poll = new ChangePoll(businessId, Instant.now());
      poll.switchOn(on);
      em.persist(poll);
    } else {
      poll.switchOn(on);
    }
    return poll;
  }

  @Transactional
  public List<String> businessesPolling() {
    return em.createNamedQuery("ChangePoll.findEnabled", String.class).getResultList();
  }

  @Transactional
  public void lookedUntil(String businessId, Instant until) {
    ChangePoll poll = em.find(ChangePoll.class, businessId);
    if (poll != null) {
      poll.lookedUntil(until);
    }
  }
}
