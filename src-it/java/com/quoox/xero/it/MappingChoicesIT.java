package com.quoox.xero.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.quoox.xero.it.support.DatabaseIndependent;
import com.quoox.xero.it.support.DeployedModule;
import com.quoox.xero.it.support.ModuleApi;
import com.quoox.xero.it.support.TestBusiness;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The mapping screen's choices come live from the business's own Xero organisation (its chart of
 * accounts and tax rates, as the sandbox lists them), its item categories from its sales, and a
 * coding Xero would refuse is refused on save, field by field, with nothing saved.
 */
@DatabaseIndependent
class MappingChoicesIT extends DeployedModule {

  @Test
  void accountsAndTaxRatesAreTheOrganisationsActiveOnesForSales() {
    TestBusiness business = TestBusiness.connected(api);

    List<String> accounts = texts(api.get(business.path("accounts")), "code");
    assertTrue(accounts.containsAll(List.of("200", "260", "860", "090")), accounts.toString());
    assertFalse(accounts.contains("201"), "the archived account is not offered: " + accounts);

    JsonNode rates = business.expect(200, api.get(business.path("tax-rates"))).json();
    List<String> taxTypes = texts(rates, "taxType");
    assertTrue(
        taxTypes.containsAll(List.of("OUTPUT2", "ZERORATEDOUTPUT", "NONE")), taxTypes.toString());
    assertFalse(taxTypes.contains("INPUT2"), "a purchases-only rate is not offered for sales");
    for (JsonNode rate : rates) {
      if (rate.path("taxType").asText().equals("OUTPUT2")) {
        assertEquals(
            0, rate.path("effectiveRate").decimalValue().compareTo(new java.math.BigDecimal("20")));
      }
    }
  }

  @Test
  void itemCategoriesAreThoseOfTheBusinesssSales() {
    TestBusiness business = TestBusiness.unconnected(api);
    assertEquals(List.of(), texts(api.get(business.path("categories")), null));

    business.sell(business.cafeSale()); // lines of categories "coffee" and "bakery"

    assertEquals(List.of("bakery", "coffee"), texts(api.get(business.path("categories")), null));
  }

  @Test
  void codesXeroWouldRefuseAreNamedOnTheirFieldsAndNothingIsSaved() {
    TestBusiness business = TestBusiness.connected(api);
    String refused =
        TestBusiness.MAPPINGS
            .replace("\"260\"", "\"999\"") // bakery: no such account
            .replace(
                "\"shipping\": {\"accountCode\": \"200\"",
                "\"shipping\": {\"accountCode\": \"201\"")
            .replace("\"roundingTaxType\": \"NONE\"", "\"roundingTaxType\": \"INPUT2\"");

    ModuleApi.Answer answer = api.put(business.path("mappings"), refused);

    assertEquals(400, answer.status(), answer.body());
    JsonNode errors = answer.json().path("errors");
    assertEquals(3, errors.size(), answer.body());
    assertError(errors, "categories[bakery].accountCode", "no account with code 999");
    assertError(errors, "shipping.accountCode", "201 (Old Sales) is archived");
    assertError(errors, "roundingTaxType", "cannot be used on sales");
    JsonNode stored = business.expect(200, api.get(business.path("mappings"))).json();
    assertEquals("260", stored.path("categories").path("bakery").path("accountCode").asText());
  }

  @Test
  void listsOfABusinessNotConnectedAnswerThatItMustConnectFirst() {
    TestBusiness business = TestBusiness.unconnected(api);
    ModuleApi.Answer answer = api.get(business.path("accounts"));
    assertEquals(409, answer.status(), answer.body());
    assertTrue(answer.json().path("detail").asText().contains("Connect this business to Xero"));
  }

  private static void assertError(JsonNode errors, String field, String words) {
    for (JsonNode error : errors) {
      if (error.path("field").asText().equals(field)) {
        assertTrue(error.path("message").asText().contains(words), error.toString());
        return;
      }
    }
    throw new AssertionError("No error on " + field + " in " + errors);
  }

  private static List<String> texts(ModuleApi.Answer answer, String field) {
    assertEquals(200, answer.status(), answer.body());
    return texts(answer.json(), field);
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(field == null ? n.asText() : n.path(field).asText()));
    return texts;
  }
}
