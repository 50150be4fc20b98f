package com.quoox.xero.connection;

import com.quoox.xero.periodic.PeriodicWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Xero forgets an OAuth 2.0 connection whose refresh token goes unused for 60 days: a business that
 * sells nothing for two months (a seasonal café) would have to reconnect. Every interval, this
 * refreshes the connections idle longer than {@code quoox.xero.oauth.keep-alive-after}, each under
 * its row's lock, so nodes never spend a token twice.
 */
@ApplicationScoped
public class IdleConnectionKeepAlive {

  private static final Logger LOG = Logger.getLogger(IdleConnectionKeepAlive.class);

  /** Connections refreshed per run at most; the rest wait for the next. */
  private static final int PER_RUN = 100;

  @Inject PeriodicWork periodic;

  @PersistenceContext(unitName = "quoox-xero")
  EntityManager em;

  @Inject OAuth2Tokens tokens;

  /** Half of Xero's 60 days by default: a failed run has a month to succeed. */
  @Inject
  @ConfigProperty(name = "quoox.xero.oauth.keep-alive-after", defaultValue = "P30D")
  Duration keepAliveAfter;

  @Inject
  @ConfigProperty(name = "quoox.xero.oauth.keep-alive-interval", defaultValue = "PT1H")
  Duration interval;

  void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    periodic.every("the OAuth 2.0 keep-alive", interval, interval, this::run);
  }

  void run() {
    Instant cutoff = Instant.now().minus(keepAliveAfter);
    for (String businessId : idleSince(cutoff)) {
      if (periodic.stopping()) {
        return; // the rest wait for the next start, well within Xero's 60 days
      }
      try {
        tokens.keepAlive(businessId, cutoff);
      } catch (RuntimeException e) {
        // Xero down, or the token refused (the connection now asks to reconnect): next run.
        LOG.warnf("Could not keep the Xero connection of business %s alive: %s", businessId, e);
      }
    }
  }

  /** A plain read, outside any transaction: each refresh then locks its own row. */
  List<String> idleSince(Instant cutoff) {
    return em.createNamedQuery("XeroConnection.idleOAuth2", String.class)
        .setParameter("cutoff", cutoff)
        .setMaxResults(PER_RUN)
        .getResultList();
  }
}
