package com.quoox.xero.dispatch;

import com.quoox.xero.chart.OrganisationCharts;
import com.quoox.xero.mapping.BusinessCoding;
import com.quoox.xero.mapping.DocumentDating;
import com.quoox.xero.xeroapi.XeroSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;

/**
 * How a business's documents are dated now: in its organisation's time zone, and, if it chose to
 * date locked days on the first open day, past the organisation's lock date (read from Xero, kept
 * for the chart's cache time, so not a call per sale).
 */
@ApplicationScoped
class DocumentDatings {

  @Inject OrganisationCharts charts;

  DocumentDating of(XeroSession session, BusinessCoding coding) throws IOException {
    if (!coding.datesOnFirstOpenDay()) {
      return DocumentDating.in(session.zone());
    }
    return new DocumentDating(
        session.zone(), charts.organisation(session.businessId()).lockedUntil());
  }
}
