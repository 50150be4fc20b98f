package com.quoox.xero.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.quoox.xero.it.support.DeployedModule;
import com.quoox.xero.it.support.ModuleApi;
import com.quoox.xero.it.support.TestBusiness;
import com.quoox.xero.it.support.WildFlyHttp;
import com.quoox.xero.websecurity.SameOriginChanges;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Bad input to the REST endpoints (wrong types, missing fields, huge values, unknown ids, wrong
 * media types) is answered with a specific 4xx problem+json, never a 500, and stores nothing.
 */
class BadInputIT extends DeployedModule {

  @Test
  void connectionWithAFieldOfTheWrongTypeIs400() {
    TestBusiness business = TestBusiness.unconnected(api);

    assertProblem(
        400,
        api.put(
            business.path("connection"), "{\"mode\": 42, \"clientId\": [], \"clientSecret\": {}}"));
    assertEquals(404, api.get(business.path("connection")).status(), "nothing stored");
  }

  @Test
  void clientIdOfTenThousandCharactersIs400NamingTheField() {
    TestBusiness business = TestBusiness.unconnected(api);
    // Under the body cap, so that validation names the field (a megabyte is refused whole: 413).
    String huge = "x".repeat(10_000);

    ModuleApi.Answer refused =
        api.put(
            business.path("connection"),
            "{\"mode\":\"CUSTOM_CONNECTION\",\"clientId\":\""
                + huge
                + "\",\"clientSecret\":\"s\"}");

    assertProblem(400, refused);
    assertEquals(
        "clientId", refused.json().path("errors").get(0).path("field").asText(), refused.body());
  }

  @Test
  void moreCategoriesThanCanBeMappedIs400() {
    TestBusiness business = TestBusiness.unconnected(api);
    StringBuilder categories = new StringBuilder();
    for (int i = 0; i < 501; i++) {
      categories
          .append(i == 0 ? "" : ",")
          .append("\"c")
          .append(i)
          .append("\":{\"accountCode\":\"200\",\"taxType\":\"OUTPUT2\"}");
    }
    String body =
        TestBusiness.MAPPINGS.replaceFirst(
            "\"categories\": \\{[^}]*\\}[^}]*\\}\\}", "\"categories\": {" + categories + "}");

    ModuleApi.Answer refused = api.put(business.path("mappings"), body);

    assertProblem(400, refused);
    assertTrue(refused.body().contains("at most 500 item categories"), refused.body());
  }

  @Test
  void syncLogFilterThatIsNoStatusIs400NotNotFound() {
    TestBusiness business = TestBusiness.unconnected(api);

    ModuleApi.Answer badStatus = api.get(business.path("sync?status=LOST"));
    ModuleApi.Answer badPage = api.get(business.path("sync?page=zero"));

    assertProblem(400, badStatus);
    assertTrue(badStatus.body().contains("\"status\""), badStatus.body());
    assertProblem(400, badPage);
    assertEquals(200, api.get(business.path("sync?status=SENT&page=2")).status());
  }

  @Test
  void retryOfAnUnknownEntryIs404() {
    TestBusiness business = TestBusiness.unconnected(api);

    assertProblem(404, api.post(business.path("sync/no-such-entry/retry"), ""));
  }

  @Test
  void testOfAnUnconnectedBusinessIs404() {
    TestBusiness business = TestBusiness.unconnected(api);

    assertProblem(404, api.post(business.path("connection/test"), ""));
  }

  @Test
  void organisationChoiceWithoutBodyIs400() {
    TestBusiness business = TestBusiness.unconnected(api);

    assertProblem(400, api.put(business.path("connection/organisation"), ""));
  }

  @Test
  void bodyThatIsNotJsonIs415() throws IOException, InterruptedException {
    TestBusiness business = TestBusiness.unconnected(api);
    HttpResponse<String> refused =
        WildFlyHttp.client()
            .send(
                HttpRequest.newBuilder(api.uri(business.path("mappings")))
                    .header("Authorization", api.authorization())
                    .header("Content-Type", "text/plain")
                    .header(SameOriginChanges.HEADER, ModuleApi.CLIENT)
                    .PUT(HttpRequest.BodyPublishers.ofString("sales=200"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertEquals(415, refused.statusCode(), refused.body());
    assertTrue(
        refused
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
  }

  private static void assertProblem(int status, ModuleApi.Answer answer) {
    String shown = answer.body().length() > 500 ? answer.body().substring(0, 500) : answer.body();
    assertEquals(status, answer.status(), shown);
    assertTrue(
        answer.contentType().startsWith("application/problem+json"),
        answer.contentType() + " " + shown);
  }
}
