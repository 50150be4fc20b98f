package com.quoox.xero.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Stores webhook events once each, and hands those not processed yet to one node at a time. */
@ApplicationScoped
class WebhookEvents {

  /** Hibernate's lock timeout for SKIP LOCKED: two nodes never wait for each other's events. */
  private static final int SKIP_LOCKED = -2;

  @PersistenceContext(unitName = "quoox-xero")
  EntityManager em;

  /**
   * Stores the events not stored before (by key), in a transaction of its own; answers how many
   * were new. A concurrent delivery of the same event makes the commit fail on the unique key: the
   * caller stores again and finds it.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public int storeNew(List<ReceivedEvent> events, Instant receivedAt) {
    Map<String, ReceivedEvent> byKey = new LinkedHashMap<>();
    events.forEach(event -> byKey.putIfAbsent(event.key(), event));
    int added = 0;
    for (ReceivedEvent event : byKey.values()) {
      boolean known =
          !em.createNamedQuery("XeroWebhookEvent.findByKey", XeroWebhookEvent.class)
              .setParameter("key", XeroWebhookEvent.keyOf(event))
              .setMaxResults(1)
              .getResultList()
              .isEmpty();
      if (!known) {
        em.persist(new XeroWebhookEvent(event, receivedAt));
        added++;
      }
    }
    return added;
  }

  /** Claims up to {@code limit} events not processed yet, oldest first, for {@code lease}. */
  @Transactional(TxType.REQUIRES_NEW)
  public List<XeroWebhookEvent> claimDue(int limit, Duration lease) {
    Instant now = Instant.now();
    List<XeroWebhookEvent> due =
        em.createNamedQuery("XeroWebhookEvent.findDue", XeroWebhookEvent.class)
            .setParameter("now", now)
            .setMaxResults(limit)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
            .getResultList();
    due.forEach(event -> event.claim(now.plus(lease)));
    return due;
  }

  /** Applies {@code change} to each of the events, in a transaction of its own. */
  @Transactional(TxType.REQUIRES_NEW)
  public void update(Collection<String> ids, Consumer<XeroWebhookEvent> change) {
    for (String id : ids) {
      XeroWebhookEvent event = em.find(XeroWebhookEvent.class, id);
      if (event != null) {
        change.accept(event);
      }
    }
  }

  /** How many events are in each state. */
  @Transactional
  public Map<WebhookEventState, Long> countByState() {
    Map<WebhookEventState, Long> counts = new HashMap<>();
    for (Object[] row :
        em.createNamedQuery("XeroWebhookEvent.countByState", Object[].class).getResultList()) {
      counts.put((WebhookEventState) row[0], (Long) row[1]);
    }
    return counts;
  }

  /** How many events were ignored, by why. */
  @Transactional
  public Map<String, Long> countIgnored() {
    Map<String, Long> counts = new HashMap<>();
    for (Object[] row :
        em.createNamedQuery("XeroWebhookEvent.countIgnoredByOutcome", Object[].class)
            .getResultList()) {
      counts.put((String) row[0], (Long) row[1]);
    }
    return counts;
  }

  /** When the last event arrived, or null when none ever did. */
  @Transactional
  public Instant lastReceived() {
    return em.createNamedQuery("XeroWebhookEvent.lastReceived", Instant.class).getSingleResult();
  }
}
