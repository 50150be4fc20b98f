package com.quoox.xero.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.quoox.xero.events.PaymentProvider;
import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.it.support.DatabaseIndependent;
import com.quoox.xero.it.support.DeployedModule;
import com.quoox.xero.it.support.TestBusiness;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Documents are dated by the organisation's day, as its accountant sees it in Xero, not by the
 * server's or UTC's: Xero names the organisation's time zone (Organisation.Timezone) in Windows
 * terms, read when the business connects.
 */
@DatabaseIndependent
class OrganisationTimeZoneIT extends DeployedModule {

  private static final String CARD_RECORDED =
      """
      {"providers": {"CARD": {"recordPayments": true, "accountCode": "094"}}}
      """;

  @Test
  void aSaleAtNineInTheMorningInAucklandIsDatedThatAucklandDay() {
    TestBusiness business = TestBusiness.unconnected(api);
    business.xero.timezone("NEWZEALANDSTANDARDTIME");
    business = TestBusiness.connectedTo(api, business.id, business.xero);
    business.expect(200, api.put(business.path("payments"), CARD_RECORDED));
    // 09:00 on 26 November in Auckland (NZDT, UTC+13) is 20:00 on 25 November in UTC.
    SaleCompleted sale =
        TestBusiness.paid(
            TestBusiness.completedAt(business.cafeSale(), Instant.parse("2026-11-25T20:00:00Z")),
            TestBusiness.payment(PaymentProvider.CARD, "8.40", "card-akl"));
    business.sell(sale);

    business.awaitSyncStatus("card-akl", "SENT");
    JsonNode invoice = business.xero.invoices().get(0);
    assertEquals("2026-11-26", day(invoice), invoice.toString());
    assertEquals("2026-11-26", day(business.xero.payments().get(0)));
  }

  @Test
  void anEveningSaleInLosAngelesIsDatedThatLosAngelesDay() {
    TestBusiness business = TestBusiness.unconnected(api);
    business.xero.timezone("PACIFICSTANDARDTIME");
    business = TestBusiness.connectedTo(api, business.id, business.xero);
    // 17:00 on 25 November in Los Angeles (PST, UTC-8) is 01:00 on 26 November in UTC.
    SaleCompleted sale =
        TestBusiness.completedAt(business.cafeSale(), Instant.parse("2026-11-26T01:00:00Z"));
    business.sell(sale);

    business.awaitSyncStatus(sale.saleNumber(), "SENT");
    assertEquals("2026-11-25", day(business.xero.invoices().get(0)));
  }

  @Test
  void anOrganisationWhoseTimeZoneTheSdkDoesNotKnowStillConnectsAndDatesByIt() {
    // Xero has been seen to send "UTC+13", which the SDK's TimeZone enum refuses.
    TestBusiness business = TestBusiness.unconnected(api);
    business.xero.timezone("UTC+13");
    business = TestBusiness.connectedTo(api, business.id, business.xero);
    SaleCompleted sale =
        TestBusiness.completedAt(business.cafeSale(), Instant.parse("2026-11-25T20:00:00Z"));
    business.sell(sale);

    business.awaitSyncStatus(sale.saleNumber(), "SENT");
    assertEquals("2026-11-26", day(business.xero.invoices().get(0)));
  }

  /** A document's date as Xero shows it, from its DateString (e.g. 2026-11-26T00:00:00). */
  private static String day(JsonNode document) {
    return document.path("DateString").asText().substring(0, 10);
  }
}
