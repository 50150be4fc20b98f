package com.quoox.xero.connection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores each business's Xero connection. */
@ApplicationScoped
public class ConnectionRepository {

  @PersistenceContext(unitName = "quoox-xero")
  EntityManager em;

  @Inject SyncStarts syncStarts;

  @Inject Event<BusinessConnected> connected;

  @Transactional
  public Optional<XeroConnection> find(String businessId) {
    return Optional.ofNullable(em.find(XeroConnection.class, businessId));
  }

  /**
   * Stores a tested connection, replacing the business's previous one. When it is usable, the sales
   * that waited for it are told in the same transaction ({@link BusinessConnected}).
   */
  @Transactional
  public XeroConnection save(XeroConnection tested) {
    XeroConnection existing = em.find(XeroConnection.class, tested.getBusinessId());
    XeroConnection saved = existing == null ? tested : existing;
    if (existing == null) {
      em.persist(tested);
    } else {
      existing.replaceWith(tested);
    }
    if (saved.getStatus() == ConnectionStatus.CONNECTED) {
      SyncStart start = syncStarts.connected(saved.getBusinessId(), Instant.now());
      connected.fire(new BusinessConnected(saved.getBusinessId(), start.sendsFromInstant()));
    }
    return saved;
  }

  @Transactional
  public XeroConnection recordTest(String businessId, String result) {
    XeroConnection connection = em.find(XeroConnection.class, businessId);
    if (connection == null) {
      throw new ConnectionNotUsable("Business " + businessId + " is not connected to Xero");
    }
    connection.recordTest(result);
    return connection;
  }

  /** Xero no longer accepts the connection: its entries wait until the user reconnects. */
  @Transactional
  public void needReconnect(String businessId, String reason) {
    XeroConnection connection = em.find(XeroConnection.class, businessId);
    if (connection != null) {
      connection.needReconnect(reason);
    }
  }

  /** Xero refused a call for {@code scope} with a fresh token; shown until the user reconnects. */
  @Transactional
  public void scopeMissing(String businessId, String scope) {
    find(businessId).ifPresent(c -> c.scopeMissing(scope));
  }

  /** The organisation's time zone as Xero names it. */
  @Transactional
  public void organisationTimezone(String businessId, String xeroTimezone) {
    find(businessId).ifPresent(c -> c.organisationTimezone(xeroTimezone));
  }

  /** The scopes Xero granted with the latest token. */
  @Transactional
  public void granted(String businessId, String scopes) {
    find(businessId).ifPresent(c -> c.granted(scopes));
  }

  /**
   * Whether another business reaches the same organisation through the same connection at Xero (the
   * same Xero user connected it for both): ending it would cut that business off too.
   */
  /** The businesses connected to the Xero organisation {@code tenantId} (webhooks name it). */
  @Transactional
  public List<String> businessesOfTenant(String tenantId) {
    return em.createQuery(
            "select c.businessId from XeroConnection c where c.tenantId = :tenantId", String.class)
        .setParameter("tenantId", tenantId)
        .getResultList();
  }

  @Transactional
  public boolean sharedWithAnotherBusiness(XeroConnection connection) {
    return em.createNamedQuery("XeroConnection.sharingConnection", Long.class)
            .setParameter("businessId", connection.getBusinessId())
            .setParameter("xeroConnectionId", connection.getXeroConnectionId())
            .getSingleResult()
        > 0;
  }

  @Transactional
  public boolean delete(String businessId) {
    XeroConnection existing = em.find(XeroConnection.class, businessId);
    if (existing != null) {
      em.remove(existing);
    }
    return existing != null;
  }
}
