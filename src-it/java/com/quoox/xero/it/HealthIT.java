package com.quoox.xero.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quoox.xero.it.support.DatabaseIndependent;
import com.quoox.xero.it.support.DeployedModule;
import com.quoox.xero.it.support.WildFlyHttp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The module's health checks, as an operator reads them on WildFly's management port. */
@DatabaseIndependent
class HealthIT extends DeployedModule {

  @Test
  void readinessShowsTheDatabaseUpWithTheBacklog() throws Exception {
    JsonNode check = check("ready", "quoox-xero-database");

    assertEquals("UP", check.path("status").asText(), check.toString());
    assertEquals(true, check.path("data").path("backlog").isNumber(), check.toString());
  }

  @Test
  void livenessShowsDispatchMoving() throws Exception {
    JsonNode check = check("live", "quoox-xero-dispatch");

    assertEquals("UP", check.path("status").asText(), check.toString());
  }

  private JsonNode check(String kind, String name) throws Exception {
    String port = System.getProperty("it.management.port", "9990");
    URI uri = URI.create("http://" + deploymentUrl.getHost() + ":" + port + "/health/" + kind);
    HttpResponse<String> response =
        WildFlyHttp.client()
            .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    for (JsonNode check : new ObjectMapper().readTree(response.body()).path("checks")) {
      if (name.equals(check.path("name").asText())) {
        return check;
      }
    }
    throw new AssertionError("No check " + name + " in " + response.body());
  }
}
