package com.quoox.xero.coding;

import com.quoox.xero.mapping.BusinessCoding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Stores each business's coding; a business that never saved any gets the defaults. */
@ApplicationScoped
public class MappingsRepository {

  @PersistenceContext(unitName = "quoox-xero")
  EntityManager em;

  @Transactional
  public BusinessCoding codingFor(String businessId) {
    BusinessMappings stored = em.find(BusinessMappings.class, businessId);
    return stored == null ? BusinessCoding.defaults() : stored.toCoding();
  }

  @Transactional
  public BusinessCoding save(String businessId, BusinessCoding coding) {
    BusinessMappings stored = em.find(BusinessMappings.class, businessId);
    if (stored == null) {
      em.persist(new BusinessMappings(businessId, coding));
    } else {
      stored.change(coding);
    }
    return coding;
  }
}
