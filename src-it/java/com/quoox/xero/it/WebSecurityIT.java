package com.quoox.xero.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quoox.xero.it.support.DatabaseIndependent;
import com.quoox.xero.it.support.DeployedModule;
import com.quoox.xero.it.support.ModuleApi;
import com.quoox.xero.it.support.TestBusiness;
import com.quoox.xero.it.support.WildFlyHttp;
import com.quoox.xero.websecurity.SameOriginChanges;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a hostile page in the owner's browser cannot do with the owner's stored credentials, and
 * what a huge or pathological field costs: a form post or a foreign origin changes nothing (403), a
 * body over the cap is refused whole (413), a long field is refused by its length before any
 * pattern looks at it, and the page and the API carry the browser's security headers.
 */
@DatabaseIndependent
class WebSecurityIT extends DeployedModule {

  private static final HttpClient BROWSER = WildFlyHttp.client();

  @Test
  void formPostWithTheOwnersCredentialsButWithoutTheHeaderIs403AndChangesNothing() {
    TestBusiness business = TestBusiness.connected(api);

    HttpResponse<String> refused =
        send(
            request(business.path("dispatch/pause"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("reason=forged")));

    assertProblem(403, refused);
    assertTrue(refused.body().contains(SameOriginChanges.HEADER), refused.body());
    JsonNode state = business.expect(200, api.get(business.path("dispatch"))).json();
    assertFalse(state.path("paused").asBoolean(), "not paused: " + state);
  }

  @Test
  void changeWithTheHeaderFromAForeignOriginIs403AndChangesNothing() {
    TestBusiness business = TestBusiness.connected(api);

    HttpResponse<String> refused =
        send(
            request(business.path("dispatch/pause"))
                .header(SameOriginChanges.HEADER, "evil")
                .header("Origin", "https://shop.example.com")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"forged\"}")));

    assertProblem(403, refused);
    assertTrue(refused.body().contains("https://shop.example.com"), refused.body());
    JsonNode state = business.expect(200, api.get(business.path("dispatch"))).json();
    assertFalse(state.path("paused").asBoolean(), "not paused: " + state);
  }

  @Test
  void changeWithTheHeaderFromTheModulesOwnOriginIsCarriedOut() {
    TestBusiness business = TestBusiness.connected(api);
    String ownOrigin = deploymentUrl.getProtocol() + "://" + deploymentUrl.getAuthority();

    HttpResponse<String> paused =
        send(
            request(business.path("dispatch/pause"))
                .header(SameOriginChanges.HEADER, "quoox-xero")
                .header("Origin", ownOrigin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"month end\"}")));

    assertEquals(200, paused.statusCode(), paused.body());
    JsonNode state = business.expect(200, api.get(business.path("dispatch"))).json();
    assertTrue(state.path("paused").asBoolean(), "paused: " + state);
  }

  @Test
  void megabyteFieldToThePrivateAppFormIs413WithinASecond() {
    TestBusiness business = TestBusiness.unconnected(api);
    String body = privateApp("k".repeat(1_000_000));

    long started = System.nanoTime();
    HttpResponse<String> refused =
        send(
            changeRequest(business.path("connection/private-app"))
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    System.out.println("A megabyte field was answered " + refused.statusCode() + " in " + took);
    assertProblem(413, refused);
    assertTrue(took.compareTo(Duration.ofSeconds(1)) < 0, "answered in " + took);
    assertEquals(404, api.get(business.path("connection")).status(), "nothing stored");
  }

  @Test
  void megabyteBodySentInChunksWithoutALengthIs413Too() {
    TestBusiness business = TestBusiness.unconnected(api);
    byte[] body = privateApp("k".repeat(1_000_000)).getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> refused =
        send(
            changeRequest(business.path("connection/private-app"))
                .PUT(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(body))));

    assertProblem(413, refused);
    assertEquals(404, api.get(business.path("connection")).status(), "nothing stored");
  }

  @Test
  void longWhitespaceConsumerKeyIs400OnItsLengthWithinASecond() {
    TestBusiness business = TestBusiness.unconnected(api);
    // Under the body cap; spaces around a key with a space inside made the old pattern backtrack
    // once per space and position.
    String body = privateApp(" ".repeat(100_000) + "a b" + " ".repeat(10));

    long started = System.nanoTime();
    HttpResponse<String> refused =
        send(
            changeRequest(business.path("connection/private-app"))
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    System.out.println(
        "A long whitespace key was answered " + refused.statusCode() + " in " + took);
    assertProblem(400, refused);
    JsonNode error = json(refused).path("errors").get(0);
    assertEquals("consumerKey", error.path("field").asText(), refused.body());
    assertTrue(error.path("message").asText().contains("at most 128"), refused.body());
    assertTrue(took.compareTo(Duration.ofSeconds(1)) < 0, "answered in " + took);
  }

  @Test
  void settingsPageAndApiAnswersCarryTheSecurityHeaders() {
    TestBusiness business = TestBusiness.unconnected(api);
    URI page = URI.create(deploymentUrl.toString().replaceAll("/+$", "") + "/xero/settings.html");

    HttpResponse<String> html = send(withCredentials(HttpRequest.newBuilder(page)).GET());
    HttpResponse<String> answer = send(request(business.path("mappings")).GET());
    HttpResponse<String> problem = send(request(business.path("connection")).GET());

    assertEquals(200, html.statusCode(), html.body());
    assertEquals(200, answer.statusCode(), answer.body());
    assertEquals(404, problem.statusCode(), problem.body());
    for (HttpResponse<String> response : List.of(html, answer, problem)) {
      assertEquals(
          Map.of(
              "Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'",
              "X-Content-Type-Options", "nosniff",
              "Referrer-Policy", "no-referrer"),
          Map.of(
              "Content-Security-Policy", header(response, "Content-Security-Policy"),
              "X-Content-Type-Options", header(response, "X-Content-Type-Options"),
              "Referrer-Policy", header(response, "Referrer-Policy")),
          response.uri().toString());
    }
  }

  private static String privateApp(String consumerKey) {
    return "{\"consumerKey\":\"" + consumerKey + "\",\"consumerSecret\":\"CS\"}";
  }

  /** A request of the signed-in operator, as a browser sends it: no header of the module's own. */
  private HttpRequest.Builder request(String path) {
    return withCredentials(HttpRequest.newBuilder(api.uri(path)))
        .timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json");
  }

  /** A JSON change as the settings page sends it. */
  private HttpRequest.Builder changeRequest(String path) {
    return request(path)
        .header(SameOriginChanges.HEADER, ModuleApi.CLIENT)
        .header("Content-Type", "application/json");
  }

  private HttpRequest.Builder withCredentials(HttpRequest.Builder request) {
    return request.header("Authorization", api.authorization());
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return BROWSER.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static String header(HttpResponse<String> response, String name) {
    return response.headers().firstValue(name).orElse("(none)");
  }

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return new ObjectMapper().readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("Not JSON: " + response.body(), e);
    }
  }

  private static void assertProblem(int status, HttpResponse<String> response) {
    String body = response.body();
    String shown = body.length() > 500 ? body.substring(0, 500) : body;
    assertEquals(status, response.statusCode(), shown);
    assertTrue(
        header(response, "Content-Type").startsWith("application/problem+json"),
        header(response, "Content-Type") + ": " + shown);
    assertEquals(status, json(response).path("status").asInt(), shown);
  }
}
