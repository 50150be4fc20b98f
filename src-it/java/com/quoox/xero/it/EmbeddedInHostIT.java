package com.quoox.xero.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.quoox.xero.events.RefundIssued;
import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.it.host.HostTill;
import com.quoox.xero.it.support.ModuleApi;
import com.quoox.xero.it.support.ModuleDeployment;
import com.quoox.xero.it.support.TestBusiness;
import java.math.BigDecimal;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The module embedded as README "Deploy into the monolith" says: a host WAR with its own
 * descriptors, sign-in, till and transactions, the module's WAR overlaid on it. Only what the
 * host's transactions commit reaches Xero.
 */
@ExtendWith(ArquillianExtension.class)
class EmbeddedInHostIT {

  /** The host's web.xml, beans.xml and microprofile-config.properties win over the module's. */
  @Deployment(testable = false)
  static WebArchive host() {
    WebArchive host =
        ShrinkWrap.create(WebArchive.class, "quoox-host.war")
            .addPackage(HostTill.class.getPackage())
            .setWebXML("host/web.xml")
            .addAsWebInfResource("host/beans.xml", "beans.xml")
            .addAsResource(
                "host/microprofile-config.properties", "META-INF/microprofile-config.properties");
    return ModuleDeployment.overlaidOn(host);
  }

  @ArquillianResource URL deploymentUrl;

  @Test
  void onlyWhatTheHostCommitsReachesXero() {
    ModuleApi module = new ModuleApi(deploymentUrl);
    ModuleApi host = module.application("host");
    // The business connects through the module's own API inside the host, as the host's user.
    TestBusiness business = TestBusiness.connected(module);
    String till = "tills/" + business.id + "/";
    SaleCompleted sold = business.cafeSale();
    SaleCompleted failed = business.cafeSale();
    RefundIssued refund = business.refundOf(sold, "R-1", List.of(TestBusiness.flatWhite()), "3.20");
    SaleCompleted soldLater = business.cafeSale();

    // The host's own sign-in guards the host's own paths.
    assertEquals(401, host.as(null).fire(till + "sales", sold).status());
    business.expect(200, host.fire(till + "sales", sold));
    business.expect(409, host.fire(till + "sales?rollback=true", failed));
    business.expect(200, host.fire(till + "refunds", refund));
    // Sold after the failed sale on the same business's lane: once it is in Xero, the failed one
    // would have been too, had its outbox row committed.
    business.expect(200, host.fire(till + "sales", soldLater));

    JsonNode soldLaterSent = business.awaitSyncStatus(soldLater.saleNumber(), "SENT");
    business.awaitSyncStatus(sold.saleNumber(), "SENT");
    business.awaitSyncStatus(refund.refundNumber(), "SENT");
    assertEquals(
        List.of(sold.saleNumber(), soldLater.saleNumber()),
        business.xero.invoices().stream().map(i -> i.path("Reference").asText()).sorted().toList(),
        "exactly the committed sales' invoices");
    List<JsonNode> creditNotes = business.xero.creditNotes();
    assertEquals(1, creditNotes.size(), "exactly the refund's credit note: " + creditNotes);
    assertEquals(refund.refundNumber(), creditNotes.get(0).path("Reference").asText());
    assertEquals(
        0, new BigDecimal("3.20").compareTo(creditNotes.get(0).path("Total").decimalValue()));
    assertNull(
        business.syncEntry(failed.saleNumber()),
        "the failed sale's outbox row rolled back with the host's own record");
    List<String> recorded = new ArrayList<>();
    business.expect(200, host.get(till + "records")).json().forEach(n -> recorded.add(n.asText()));
    assertEquals(
        List.of(refund.refundNumber(), sold.saleNumber(), soldLater.saleNumber()),
        recorded,
        "the host's own records: what committed");
    // The module read the host's microprofile-config.properties (quoox.xero.web-base-url).
    assertTrue(
        soldLaterSent.path("xeroUrl").asText().startsWith("https://xero.host.example/"),
        soldLaterSent.toString());
  }
}
