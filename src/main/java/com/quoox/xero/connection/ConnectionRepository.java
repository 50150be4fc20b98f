package com.quoox.xero.connection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Stores each business's Xero connection. */
@ApplicationScoped
public class ConnectionRepository {

  @PersistenceContext(unitName = "quoox-xero")
  EntityManager em;

  @Transactional
  public Optional<XeroConnection> find(String businessId) {
    return Optional.ofNullable(em.find(XeroConnection.class, businessId));
  }

  /** Stores a tested connection, replacing the business's previous one. */
  @Transactional
  public XeroConnection save(XeroConnection tested) {
    XeroConnection existing = em.find(XeroConnection.class, tested.getBusinessId());
    if (existing == null) {
      em.persist(tested);
      return tested;
    }
    existing.replaceWith(tested);
    return existing;
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

  @Transactional
  public boolean delete(String businessId) {
    XeroConnection existing = em.find(XeroConnection.class, businessId);
    if (existing != null) {
      em.remove(existing);
    }
    return existing != null;
  }
}
