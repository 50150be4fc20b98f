package com.quoox.xero.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.quoox.xero.it.support.DatabaseIndependent;
import com.quoox.xero.it.support.DeployedModule;
import com.quoox.xero.it.support.ModuleApi;
import com.quoox.xero.it.support.TestBusiness;
import org.junit.jupiter.api.Test;

/** The connection and mapping endpoints: tested connections, secrets never shown, clear 400s. */
@DatabaseIndependent
class SettingsApiIT extends DeployedModule {

  @Test
  void customConnectionIsTestedStoredAndNeverShowsItsSecret() {
    TestBusiness business = TestBusiness.unconnected(api);

    JsonNode saved =
        business
            .expect(
                200,
                api.put(
                    business.path("connection"),
                    business.customConnection(business.id + "-secret")))
            .json();

    assertEquals("CUSTOM_CONNECTION", saved.path("mode").asText());
    assertEquals("Org of " + business.id, saved.path("organisationName").asText());
    assertEquals(business.xero.tenantId(), saved.path("tenantId").asText());
    ModuleApi.Answer shown = business.expect(200, api.get(business.path("connection")));
    assertEquals("Org of " + business.id, shown.json().path("organisationName").asText());
    assertFalse(
        shown.body().contains(business.id + "-secret"),
        "the secret is never returned: " + shown.body());
    assertFalse(
        shown.body().toLowerCase().contains("secret"), "no secret field at all: " + shown.body());
    assertTrue(
        business.xero.requests().stream().anyMatch(r -> r.path().endsWith("/Organisation")),
        "saving made a test connection");
  }

  @Test
  void wrongSecretAnswersXerosErrorAndStoresNothing() {
    TestBusiness business = TestBusiness.unconnected(api);

    ModuleApi.Answer refused =
        api.put(business.path("connection"), business.customConnection("not-the-secret"));

    assertEquals(400, refused.status(), refused.body());
    assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
    JsonNode error = refused.json().path("errors").get(0);
    assertEquals("clientSecret", error.path("field").asText());
    assertTrue(
        error.path("message").asText().contains("invalid_client"), "Xero's own words: " + error);
    assertEquals(404, api.get(business.path("connection")).status());
  }

  @Test
  void connectionWithoutFieldsAnswersEachMissingField() {
    TestBusiness business = TestBusiness.unconnected(api);

    ModuleApi.Answer refused =
        api.put(business.path("connection"), "{\"mode\":\"CUSTOM_CONNECTION\"}");

    assertEquals(400, refused.status(), refused.body());
    JsonNode errors = refused.json().path("errors");
    assertEquals("clientId", errors.get(0).path("field").asText(), errors.toString());
    assertEquals("clientSecret", errors.get(1).path("field").asText(), errors.toString());
    assertTrue(errors.get(1).path("message").asText().contains("Client Secret"), errors.toString());
  }

  @Test
  void mappingsDefaultUntilSavedThenReadBackAsSaved() {
    TestBusiness business = TestBusiness.unconnected(api);

    JsonNode defaults = business.expect(200, api.get(business.path("mappings"))).json();
    assertEquals("200", defaults.path("sales").path("accountCode").asText());
    assertEquals("AUTHORISED", defaults.path("invoiceStatus").asText());

    business.expect(200, api.put(business.path("mappings"), TestBusiness.MAPPINGS));
    JsonNode saved = business.expect(200, api.get(business.path("mappings"))).json();
    assertEquals(
        "ZERORATEDOUTPUT", saved.path("categories").path("bakery").path("taxType").asText());
    assertEquals("860", saved.path("roundingAccount").asText());
  }

  @Test
  void invalidMappingsAnswerFieldErrorsAndChangeNothing() {
    TestBusiness business = TestBusiness.unconnected(api);
    String invalid =
        TestBusiness.MAPPINGS
            .replace(
                "\"accountCode\": \"200\", \"taxType\": \"OUTPUT2\"}}",
                "\"accountCode\": \"\", \"taxType\": \"OUTPUT2\"}}")
            .replace("\"AUTHORISED\"", "null");

    ModuleApi.Answer refused = api.put(business.path("mappings"), invalid);

    assertEquals(400, refused.status(), refused.body());
    String body = refused.body();
    assertTrue(
        body.contains("invoiceStatus") && body.contains("choose DRAFT, SUBMITTED or AUTHORISED"),
        body);
    assertEquals(
        "200",
        business
            .expect(200, api.get(business.path("mappings")))
            .json()
            .path("sales")
            .path("accountCode")
            .asText());
  }

  @Test
  void bodyOfTheWrongShapeAnswersProblemNotServerError() {
    TestBusiness business = TestBusiness.unconnected(api);

    ModuleApi.Answer refused = api.put(business.path("mappings"), "{\"categories\": \"oops\"");

    assertEquals(400, refused.status(), refused.body());
    assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
  }

  @Test
  void businessIdThatIsNotAnIdAnswers400() {
    ModuleApi.Answer refused = api.get("businesses/" + "x".repeat(65) + "/xero/mappings");

    assertEquals(400, refused.status(), refused.body());
    assertTrue(refused.body().contains("must be 1 to 64 letters"), refused.body());
  }
}
