package com.quoox.xero.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.it.support.DeployedModule;
import com.quoox.xero.it.support.Eventually;
import com.quoox.xero.it.support.ModuleApi;
import com.quoox.xero.it.support.ModuleApi.User;
import com.quoox.xero.it.support.TestBusiness;
import com.quoox.xero.sandbox.XeroSandbox;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The audit trail as black-box HTTP: every kind of change to a business's Xero set-up (connection,
 * sync start, coding, payments, pause and resume, retry, retry all, resend, disconnect, private app
 * certificate; Connect to Xero in {@code OAuth2ConnectIT}) appears once, newest first, with the
 * user who made it and what changed; refused saves and saves that change nothing leave no trace; no
 * secret is ever in it; and only users of the business read it.
 */
class AuditTrailIT extends DeployedModule {

  private static final String CARD_PAYMENTS =
      "{\"providers\": {\"CARD\": {\"recordPayments\": true, \"accountCode\": \"094\"}}}";

  @Test
  void everyChangeIsRecordedOnceWithItsUserAndWhatChangedNewestFirst() {
    Instant start = Instant.now();
    TestBusiness business = TestBusiness.unconnected(api);
    String clientId = business.id + "-client";
    String secret = business.id + "-secret";
    String wrongSecret = "wr0ng-" + UUID.randomUUID();
    List<String> expected = new ArrayList<>();

    business.expect(
        200, api.put(business.path("sync-start"), "{\"sendSalesFrom\":\"2026-11-01\"}"));
    expected.add("SYNC_START Send sales from the day of connecting → 2026-11-01");
    business.expect(
        400, api.put(business.path("connection"), business.customConnection(wrongSecret)));
    business.expect(200, api.put(business.path("connection"), business.customConnection(secret)));
    expected.add(
        "CONNECTION Custom connection saved (client id …"
            + clientId.substring(clientId.length() - 4)
            + ") to Org of "
            + business.id);

    business.expect(200, api.put(business.path("mappings"), TestBusiness.MAPPINGS));
    expected.add(
        "MAPPINGS Category bakery added: 260 / ZERORATEDOUTPUT; Category coffee added: 200 /"
            + " OUTPUT2");
    // Xero's chart has no account 999: refused on its field, nothing saved, nothing recorded.
    business.expect(
        400,
        api.put(business.path("mappings"), TestBusiness.MAPPINGS.replace("\"260\"", "\"999\"")));
    String salesTo260 =
        TestBusiness.MAPPINGS.replace(
            "\"sales\": {\"accountCode\": \"200\"", "\"sales\": {\"accountCode\": \"260\"");
    business.expect(200, api.put(business.path("mappings"), salesTo260));
    expected.add("MAPPINGS Sales account 200 → 260");
    business.expect(200, api.put(business.path("mappings"), salesTo260)); // nothing changed

    business.expect(
        400,
        api.put(
            business.path("payments"), "{\"providers\": {\"CARD\": {\"recordPayments\": true}}}"));
    business.expect(200, api.put(business.path("payments"), CARD_PAYMENTS));
    expected.add("PAYMENTS Card: record payments off → on; Card: clearing account none → 094");

    business.expect(200, api.post(business.path("dispatch/pause"), "{\"reason\":\"Stocktake\"}"));
    expected.add("DISPATCH Sending paused: Stocktake");
    SaleCompleted sale = business.cafeSale();
    business.sell(sale); // waits, paused
    String entryId = business.awaitSyncStatus(sale.saleNumber(), "PENDING").path("id").asText();
    business.expect(200, api.post(business.path("sync/" + entryId + "/retry"), ""));
    expected.add("SYNC_LOG Retried sale " + sale.saleNumber());
    business.expect(200, api.post(business.path("sync/retry-all"), ""));
    expected.add("SYNC_LOG Retried all that needed attention: 0 entries");
    business.expect(200, api.post(business.path("dispatch/resume"), ""));
    expected.add("DISPATCH Sending resumed");
    business.awaitSyncStatus(sale.saleNumber(), "SENT");
    JsonNode resent =
        business
            .expect(
                200,
                api.post(
                    business.path("sync/resend"),
                    "{\"from\":\"2026-11-01\",\"to\":\"2026-11-30\"}"))
            .json();
    expected.add(
        "SYNC_LOG Resent 2026-11-01 to 2026-11-30: "
            + resent.path("found").asInt()
            + " found, "
            + resent.path("queued").asInt()
            + " new, "
            + resent.path("resent").asInt()
            + " sent again");
    business.expect(204, api.delete(business.path("connection")));
    expected.add("CONNECTION Disconnected from Xero");
    assertEquals(
        201,
        api.download(
                "POST",
                business.path("connection/private-app/certificate"),
                "application/x-x509-ca-cert")
            .statusCode());
    expected.add("CONNECTION Private app certificate issued");

    ModuleApi.Answer answer = business.expect(200, api.get(business.path("audit")));
    List<String> recorded = new ArrayList<>();
    for (JsonNode change : answer.json()) {
      recorded.add(0, change.path("topic").asText() + " " + change.path("summary").asText());
      assertEquals(User.OPERATOR.name(), change.path("user").asText(), change.toString());
      Instant at = Instant.parse(change.path("at").asText());
      assertFalse(at.isBefore(start.minusSeconds(1)), change.toString());
    }
    assertEquals(expected, recorded, "each change once, oldest last in the answer");

    assertFalse(answer.body().contains(secret), "the client secret is never in the audit trail");
    assertFalse(answer.body().contains(wrongSecret), "nor a refused one");
    assertFalse(answer.body().contains(clientId), "the client id is shown by its end only");
  }

  @Test
  void aLimitAsksForTheNewestChangesOnlyWithinASaneMaximum() {
    TestBusiness business = TestBusiness.unconnected(api);
    business.expect(200, api.put(business.path("mappings"), TestBusiness.MAPPINGS));
    business.expect(200, api.post(business.path("dispatch/pause"), "{}"));
    business.expect(200, api.post(business.path("dispatch/resume"), ""));

    JsonNode newest = business.expect(200, api.get(business.path("audit?limit=2"))).json();
    assertEquals(2, newest.size(), newest.toString());
    assertEquals("Sending resumed", newest.get(0).path("summary").asText());
    assertEquals("Sending paused", newest.get(1).path("summary").asText());

    for (String limit : new String[] {"201", "0", "ten"}) {
      ModuleApi.Answer refused = api.get(business.path("audit?limit=" + limit));
      assertEquals(400, refused.status(), limit + ": " + refused.body());
      assertTrue(refused.contentType().startsWith("application/problem+json"), refused.body());
      assertEquals("limit", refused.json().at("/errors/0/field").asText(), refused.body());
    }
  }

  @Test
  void onlyUsersOfTheBusinessReadItsAuditTrailAndTheirChangesCarryTheirName() {
    // Connected afresh to an organisation of this run's sandbox, as other tests may have left it.
    String client = "alice-shop-" + UUID.randomUUID();
    XeroSandbox.shared().addCustomConnection(client, client + "-secret", "Org of alice-shop");
    ModuleApi.Answer connected =
        api.put(
            "businesses/alice-shop/xero/connection",
            "{\"mode\":\"CUSTOM_CONNECTION\",\"clientId\":\""
                + client
                + "\",\"clientSecret\":\""
                + client
                + "-secret\"}");
    assertEquals(200, connected.status(), connected.body());
    String contact = "Alice's till " + UUID.randomUUID().toString().substring(0, 8);
    ModuleApi alice = api.as(User.ALICE);
    ModuleApi.Answer saved =
        alice.put(
            "businesses/alice-shop/xero/mappings",
            TestBusiness.MAPPINGS.replace("Quoox Sales", contact));
    assertEquals(200, saved.status(), saved.body());

    // A viewer of the business may read it, though not change anything.
    JsonNode trail =
        Eventually.await(
                "Alice's change in the trail",
                Duration.ofSeconds(5),
                () -> api.as(User.CAROL_VIEWER).get("businesses/alice-shop/xero/audit?limit=5"),
                a -> a.status() == 200)
            .json();
    JsonNode newest = trail.get(0);
    assertEquals("alice", newest.path("user").asText(), trail.toString());
    assertEquals("MAPPINGS", newest.path("topic").asText(), trail.toString());
    assertTrue(newest.path("summary").asText().endsWith("→ " + contact), trail.toString());

    ModuleApi.Answer bobReads = api.as(User.BOB).get("businesses/alice-shop/xero/audit");
    assertEquals(403, bobReads.status(), bobReads.body());
    assertFalse(bobReads.body().contains(contact), "nothing of Alice's business leaks");
    ModuleApi.Answer anonymous = api.as(null).get("businesses/alice-shop/xero/audit");
    assertEquals(401, anonymous.status(), anonymous.body());
  }
}
