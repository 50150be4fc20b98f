package com.quoox.xero.chart;

import com.quoox.xero.connection.XeroSessions;
import com.quoox.xero.xeroapi.OrganisationSummary;
import com.quoox.xero.xeroapi.XeroAccounting;
import com.quoox.xero.xeroapi.XeroSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fetches an organisation's chart from Xero and keeps it briefly, so opening the settings screen
 * and choosing codes costs two calls to Xero, not two per select box. Saving a coding checks it
 * against a {@link #fresh} chart, since an account archived a minute ago must not pass. Charts are
 * kept per organisation (tenant), so a business that reconnects to another one never sees the old
 * one's accounts.
 */
@ApplicationScoped
public class OrganisationCharts {

  @Inject XeroSessions sessions;

  @Inject XeroAccounting accounting;

  @Inject
  @ConfigProperty(name = "quoox.xero.chart.cache-time", defaultValue = "PT2M")
  Duration cacheTime;

  private final Map<String, OrganisationChart> charts = new ConcurrentHashMap<>();

  private final Map<String, Fetched> organisations = new ConcurrentHashMap<>();

  /**
   * The business's chart, from memory while it is younger than the cache time.
   *
   * @throws com.quoox.xero.connection.ConnectionNotUsable when the business is not connected
   * @throws IOException when Xero cannot be reached
   */
  public OrganisationChart of(String businessId) throws IOException {
    return sessions.withSession(
        businessId,
        session -> {
          OrganisationChart cached = charts.get(session.tenantId());
          return cached != null && cached.fetchedAt().plus(cacheTime).isAfter(Instant.now())
              ? cached
              : fetch(session);
        });
  }

  /** The business's chart as Xero lists it now. */
  public OrganisationChart fresh(String businessId) throws IOException {
    return sessions.withSession(businessId, this::fetch);
  }

  /**
   * The business's organisation (lock dates, time zone), from memory while it is younger than the
   * cache time: read before sending only by businesses that date locked days on the first open day.
   */
  public OrganisationSummary organisation(String businessId) throws IOException {
    return sessions.withSession(
        businessId,
        session -> {
          Fetched cached = organisations.get(session.tenantId());
          if (cached != null && cached.at().plus(cacheTime).isAfter(Instant.now())) {
            return cached.organisation();
          }
          OrganisationSummary organisation =
              accounting.organisationSummary(session.accessToken(), session.tenantId());
          organisations.put(session.tenantId(), new Fetched(organisation, Instant.now()));
          return organisation;
        });
  }

  private record Fetched(OrganisationSummary organisation, Instant at) {}

  /** Xero refused what the kept organisation allowed (a period locked since): read it afresh. */
  public void forgetOrganisation(String businessId) {
    sessions.open(businessId).ifPresent(session -> organisations.remove(session.tenantId()));
  }

  private OrganisationChart fetch(XeroSession session) throws IOException {
    OrganisationChart chart =
        new OrganisationChart(
            accounting.accounts(session).stream().map(ChartAccount::of).toList(),
            accounting.taxRates(session).stream().map(ChartTaxRate::of).toList(),
            Instant.now());
    charts.put(session.tenantId(), chart);
    return chart;
  }
}
