package com.quoox.xero.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.it.support.DeployedModule;
import com.quoox.xero.it.support.TestBusiness;
import com.quoox.xero.sandbox.SandboxTenant;
import com.quoox.xero.sandbox.XeroSandbox;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The readiness check tells the owner, before a sale is sent, what the organisation in Xero would
 * refuse or book wrongly: each item with its level and its fix, checked live against Xero.
 */
class ReadinessIT extends DeployedModule {

  @Test
  void aWellSetUpBusinessIsReady() {
    TestBusiness business = TestBusiness.connected(api);

    JsonNode readiness = business.expect(200, api.get(business.path("readiness"))).json();

    assertTrue(readiness.path("ready").asBoolean(), readiness.toString());
    for (JsonNode item : readiness.path("items")) {
      assertEquals("OK", item.path("level").asText(), item.toString());
    }
  }

  @Test
  void eachThingXeroWouldRefuseOrBookWronglyIsNamedWithItsFix() {
    String id = "it-" + UUID.randomUUID().toString().substring(0, 8);
    XeroSandbox sandbox = XeroSandbox.shared();
    // A Custom Connection whose app at Xero was given no contacts scope.
    String tenantId =
        sandbox.addCustomConnection(
            id + "-client",
            id + "-secret",
            "Org of " + id,
            "accounting.invoices accounting.settings.read");
    SandboxTenant xero = sandbox.tenant(tenantId).timezone("NEWZEALANDSTANDARDTIME");
    xero.lockDates(LocalDate.now(ZoneId.of("Pacific/Auckland")), null);
    TestBusiness business = TestBusiness.connectedTo(api, id, xero);
    // Bakery coded 20 % although the tills charge 0 %; shipping coded to a clearing account.
    business.expect(
        200,
        api.put(
            business.path("mappings"),
            TestBusiness.MAPPINGS
                .replace("\"ZERORATEDOUTPUT\"", "\"OUTPUT2\"")
                .replace(
                    "\"shipping\": {\"accountCode\": \"200\"",
                    "\"shipping\": {\"accountCode\": \"090\"")));
    business.sell(business.cafeSale());

    JsonNode readiness = business.expect(200, api.get(business.path("readiness"))).json();

    assertFalse(readiness.path("ready").asBoolean(), readiness.toString());
    Map<String, JsonNode> items = new HashMap<>();
    readiness.path("items").forEach(i -> items.put(i.path("topic").asText(), i));
    assertEquals("BLOCKING", items.get("scopes").path("level").asText(), readiness.toString());
    assertTrue(items.get("scopes").path("title").asText().contains("accounting.contacts"));
    assertEquals("BLOCKING", items.get("lockDates").path("level").asText());
    assertEquals("BLOCKING", items.get("categories[bakery].taxType").path("level").asText());
    assertTrue(
        items.get("categories[bakery].taxType").path("title").asText().contains("0 %"),
        items.get("categories[bakery].taxType").toString());
    assertEquals("WARNING", items.get("shipping.accountCode").path("level").asText());
    assertEquals("OK", items.get("timezone").path("level").asText());
    assertTrue(items.get("timezone").path("title").asText().contains("Pacific/Auckland"));
    for (JsonNode item : readiness.path("items")) {
      if (!"OK".equals(item.path("level").asText())) {
        assertFalse(item.path("fix").asText().isBlank(), "a fix in plain words: " + item);
      }
    }

    // What blocks holds the next sale, with the reason in the sync log, instead of Xero refusing
    // it.
    SaleCompleted next = business.cafeSale();
    business.sell(next);
    JsonNode held = business.awaitSyncStatus(next.saleNumber(), "RETRY_WAIT");
    assertTrue(
        held.path("lastError").asText().startsWith("Held until Xero is ready: "), held.toString());
    assertTrue(held.path("lastError").asText().contains("lock"), held.toString());
  }
}
