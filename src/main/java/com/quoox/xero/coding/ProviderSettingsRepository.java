package com.quoox.xero.coding;

import com.quoox.xero.events.PaymentProvider;
import com.quoox.xero.mapping.ProviderAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.Map;

/** Reads and saves where each provider's money goes, per business. */
@ApplicationScoped
public class ProviderSettingsRepository {

  @PersistenceContext EntityManager em;

  /**
   * Every provider's accounts; a provider never set up is {@link ProviderAccounts#NOT_RECORDED}.
   */
  @Transactional
  public Map<PaymentProvider, ProviderAccounts> forBusiness(String businessId) {
    Map<PaymentProvider, ProviderAccounts> all = new EnumMap<>(PaymentProvider.class);
    for (PaymentProvider provider : PaymentProvider.values()) {
      all.put(provider, ProviderAccounts.NOT_RECORDED);
    }
    em.createQuery(
            "select s from ProviderSettings s where s.key.businessId = :b", ProviderSettings.class)
        .setParameter("b", businessId)
        .getResultStream()
        .forEach(s -> all.put(s.provider(), s.toAccounts()));
    return all;
  }

  @Transactional
  public ProviderAccounts forProvider(String businessId, PaymentProvider provider) {
    ProviderSettings stored =
        em.find(ProviderSettings.class, new ProviderSettings.Key(businessId, provider));
    return stored == null ? ProviderAccounts.NOT_RECORDED : stored.toAccounts();
  }

  @Transactional
  public Map<PaymentProvider, ProviderAccounts> save(
      String businessId, Map<PaymentProvider, ProviderAccounts> accounts) {
    accounts.forEach(
        (provider, chosen) -> {
          ProviderSettings stored =
              em.find(ProviderSettings.class, new ProviderSettings.Key(businessId, provider));
          if (stored == null) {
            stored = new ProviderSettings(businessId, provider);
            stored.change(chosen);
            em.persist(stored);
          } else {
            stored.change(chosen);
          }
        });
    return forBusiness(businessId);
  }
}
