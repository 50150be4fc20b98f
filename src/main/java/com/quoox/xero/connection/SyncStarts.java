package com.quoox.xero.connection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Stores each business's {@link SyncStart}. */
@ApplicationScoped
public class SyncStarts {

  @PersistenceContext(unitName = "quoox-xero")
  EntityManager em;

  @Transactional
  public Optional<SyncStart> find(String businessId) {
    return Optional.ofNullable(em.find(SyncStart.class, businessId));
  }

  /** Whether the business has ever been connected to Xero (also if it is disconnected now). */
  @Transactional
  public boolean everConnected(String businessId) {
    return find(businessId).map(SyncStart::everConnected).orElse(false);
  }

  /**
   * Chooses the first day whose sales go to Xero, before the first connection; later, past days go
   * through Resend.
   *
   * @throws IllegalStateException when the business has been connected already
   */
  @Transactional
  public SyncStart choose(String businessId, LocalDate day) {
    SyncStart start = findOrCreate(businessId);
    if (start.everConnected()) {
      throw new IllegalStateException(
          "Sales go to Xero from "
              + start.sendsFrom()
              + " since the business first connected; send earlier days with Resend");
    }
    start.choose(day);
    return start;
  }

  /** Records a usable connection: the first one fixes the day sales go from. */
  @Transactional
  SyncStart connected(String businessId, Instant at) {
    SyncStart start = findOrCreate(businessId);
    start.connected(at);
    return start;
  }

  private SyncStart findOrCreate(String businessId) {
    SyncStart start = em.find(SyncStart.class, businessId);
    if (start == null) {
      start = new SyncStart(businessId);
      em.persist(start);
    }
    return start;
  }
}
