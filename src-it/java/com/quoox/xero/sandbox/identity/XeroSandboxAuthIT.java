package com.quoox.xero.sandbox.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quoox.xero.sandbox.XeroSandbox;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Connect to Xero" against the sandbox with raw HTTP, as a browser and the app's back end would do
 * it: authorize (redirects not followed, the Location read), code exchange with PKCE, refresh token
 * rotation, revocation and disconnection. One app and its own organisations per test.
 */
public class XeroSandboxAuthIT {

  private static final String REDIRECT = "https://quoox.example/xero/oauth/callback";
  private static final String SCOPES =
      "openid profile email offline_access accounting.transactions accounting.settings.read";
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SecureRandom RANDOM = new SecureRandom();

  private static XeroSandbox sandbox;

  private final String clientId = "app-" + UUID.randomUUID();
  private final String secret = "secret-" + UUID.randomUUID();

  @BeforeAll
  public static void startSandbox() {
    Path spec = XeroSandbox.contract();
    sandbox = XeroSandbox.start(0, spec);
  }

  @AfterAll
  public static void stopSandbox() {
    sandbox.stop();
  }

  @Test
  public void authorizationCodeWithPkceConnectsThePickedOrganisations() throws Exception {
    sandbox.registerOAuthApp(clientId, secret, REDIRECT);
    String cafe = sandbox.addOrganisation("Corner Cafe");
    String bakery = sandbox.addOrganisation("Bakery");
    sandbox.authoriseNext(List.of(cafe, bakery));
    String verifier = verifier();

    HttpResponse<String> redirect = authorize(clientId, SCOPES, "st-1", challengeOf(verifier));

    assertEquals(302, redirect.statusCode());
    String location = redirect.headers().firstValue("Location").orElseThrow();
    assertTrue(location.startsWith(REDIRECT + "?"), location);
    Map<String, String> callback = queryOf(location);
    assertEquals("st-1", callback.get("state"));
    HttpResponse<String> answer = exchange(callback.get("code"), verifier);
    assertEquals(200, answer.statusCode(), answer.body());
    JsonNode tokens = JSON.readTree(answer.body());
    assertEquals(1800, tokens.get("expires_in").asInt());
    assertEquals("Bearer", tokens.get("token_type").asText());
    assertEquals(SCOPES, tokens.get("scope").asText());
    assertNotNull(tokens.get("refresh_token"));

    JsonNode connections = connections(tokens.get("access_token").asText());
    assertEquals(2, connections.size());
    assertEquals(cafe, connections.get(0).get("tenantId").asText());
    assertEquals("Corner Cafe", connections.get(0).get("tenantName").asText());
    assertEquals("ORGANISATION", connections.get(0).get("tenantType").asText());
    assertNotNull(UUID.fromString(connections.get(0).get("id").asText()));
    assertTrue(connections.get(0).get("createdDateUtc").asText().matches("\\d{4}-.*T[\\d:.]+"));
    assertEquals(bakery, connections.get(1).get("tenantId").asText());
    HttpResponse<String> organisation = organisation(tokens.get("access_token").asText(), bakery);
    assertEquals(200, organisation.statusCode(), organisation.body());
    assertTrue(organisation.body().contains(bakery));
  }

  @Test
  public void untrustedClientOrRedirectGets400AndOtherProblemsGoBackToTheApp() throws Exception {
    sandbox.registerOAuthApp(clientId, secret, REDIRECT);
    sandbox.addOrganisation("Any Ltd");
    String challenge = challengeOf(verifier());

    assertEquals(400, authorize("nobody", SCOPES, "s", challenge).statusCode());
    HttpResponse<String> otherRedirect =
        send(
            authorizeUrl(clientId, SCOPES, "s", challenge)
                .replace(encode(REDIRECT), encode("https://evil.example/cb")));
    assertEquals(400, otherRedirect.statusCode());
    assertTrue(otherRedirect.headers().firstValue("Location").isEmpty());

    String plain = authorizeUrl(clientId, SCOPES, "s", challenge).replace("S256", "plain");
    assertEquals("invalid_request", errorOf(send(plain)));
    String token = authorizeUrl(clientId, SCOPES, "s", challenge).replace("=code&", "=token&");
    assertEquals("unsupported_response_type", errorOf(send(token)));
    sandbox.authoriseNext(List.of());
    HttpResponse<String> declined = authorize(clientId, SCOPES, "s2", challenge);
    assertEquals("access_denied", errorOf(declined));
    assertEquals(
        "s2", queryOf(declined.headers().firstValue("Location").orElseThrow()).get("state"));
  }

  @Test
  public void wrongVerifierIsInvalidGrantAndSpendsTheCode() throws Exception {
    sandbox.registerOAuthApp(clientId, secret, REDIRECT);
    sandbox.authoriseNext(List.of(sandbox.addOrganisation("Careful Ltd")));
    String verifier = verifier();
    String code = codeFrom(authorize(clientId, SCOPES, "s", challengeOf(verifier)));

    HttpResponse<String> wrong = exchange(code, verifier());

    assertEquals(400, wrong.statusCode());
    assertEquals("invalid_grant", JSON.readTree(wrong.body()).get("error").asText());
    // A code is single use even when the attempt fails, so an attacker cannot keep guessing.
    assertEquals(400, exchange(code, verifier).statusCode());
  }

  @Test
  public void codeCannotBeExchangedTwice() throws Exception {
    sandbox.registerOAuthApp(clientId, secret, REDIRECT);
    sandbox.authoriseNext(List.of(sandbox.addOrganisation("Once Ltd")));
    String verifier = verifier();
    String code = codeFrom(authorize(clientId, SCOPES, "s", challengeOf(verifier)));

    assertEquals(200, exchange(code, verifier).statusCode());
    HttpResponse<String> again = exchange(code, verifier);

    assertEquals(400, again.statusCode());
    assertEquals("invalid_grant", JSON.readTree(again.body()).get("error").asText());
  }

  @Test
  public void refreshRotatesAndTheSpentTokenAnswersTheSamePairWithinGraceUntilTheNewOneIsUsed()
      throws Exception {
    JsonNode first = connect(sandbox.addOrganisation("Rotating Ltd"));
    String r0 = first.get("refresh_token").asText();

    JsonNode second = refresh(r0);
    String r1 = second.get("refresh_token").asText();
    assertNotEquals(r0, r1);
    assertNotEquals(first.get("access_token").asText(), second.get("access_token").asText());

    // The answer was "lost": r0 again within 30 minutes gives the very same pair, not a third one.
    JsonNode replay = refresh(r0);
    assertEquals(second.get("access_token").asText(), replay.get("access_token").asText());
    assertEquals(r1, replay.get("refresh_token").asText());
    assertEquals(1, sandbox.refreshCount(r0));

    JsonNode third = refresh(r1);
    assertNotEquals(r1, third.get("refresh_token").asText());
    HttpResponse<String> oldest = refreshResponse(r0);
    assertEquals(400, oldest.statusCode());
    assertEquals("invalid_grant", JSON.readTree(oldest.body()).get("error").asText());
    assertEquals(2, sandbox.refreshCount(third.get("refresh_token").asText()));
  }

  @Test
  public void withoutOfflineAccessThereIsNoRefreshToken() throws Exception {
    sandbox.registerOAuthApp(clientId, secret, REDIRECT);
    sandbox.authoriseNext(List.of(sandbox.addOrganisation("Online Only Ltd")));
    String verifier = verifier();
    String code =
        codeFrom(authorize(clientId, "accounting.transactions", "s", challengeOf(verifier)));

    JsonNode tokens = JSON.readTree(exchange(code, verifier).body());

    assertNotNull(tokens.get("access_token"));
    assertNull(tokens.get("refresh_token"));
  }

  /**
   * Twenty nodes wake up with the same expired access token and refresh at once. Asserted: every
   * one gets 200 and the same new pair (the first rotates, the rest hit the grace window), the
   * grant was refreshed exactly once, and the pair they share rotates normally afterwards.
   */
  @Test
  public void twentyConcurrentRefreshesWithOneTokenRotateOnceAndAgreeOnThePair() throws Exception {
    String r0 = connect(sandbox.addOrganisation("Busy Ltd")).get("refresh_token").asText();
    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        answers.add(
            pool.submit(
                () -> {
                  go.await();
                  return refreshResponse(r0);
                }));
      }
      go.countDown();
      Set<String> pairs = new HashSet<>();
      for (Future<HttpResponse<String>> answer : answers) {
        HttpResponse<String> response = answer.get();
        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = JSON.readTree(response.body());
        pairs.add(body.get("access_token").asText() + " " + body.get("refresh_token").asText());
      }
      assertEquals(1, pairs.size(), pairs.toString());
      assertEquals(1, sandbox.refreshCount(r0));
      String r1 = pairs.iterator().next().split(" ")[1];
      assertNotEquals(r1, refresh(r1).get("refresh_token").asText());
      assertEquals(2, sandbox.refreshCount(r0));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  public void revokingARefreshTokenEndsTheWholeGrant() throws Exception {
    String tenant = sandbox.addOrganisation("Leaving Ltd");
    JsonNode first = connect(tenant);
    String r0 = first.get("refresh_token").asText();
    JsonNode second = refresh(r0);
    String r1 = second.get("refresh_token").asText();

    HttpResponse<String> revoked = post(sandbox.revocationUrl(), "token=" + encode(r1), true);

    assertEquals(200, revoked.statusCode());
    assertEquals(400, refreshResponse(r1).statusCode());
    assertEquals(400, refreshResponse(r0).statusCode(), "no grace for a revoked grant");
    assertEquals(0, connections(second.get("access_token").asText()).size());
    assertEquals(403, organisation(second.get("access_token").asText(), tenant).statusCode());
    assertEquals(400, post(sandbox.revocationUrl(), "token=" + encode(r1), false).statusCode());
  }

  @Test
  public void deletedConnectionCanNoLongerBeActedFor() throws Exception {
    String shop = sandbox.addOrganisation("Shop Ltd");
    String cafe = sandbox.addOrganisation("Cafe Ltd");
    sandbox.registerOAuthApp(clientId, secret, REDIRECT);
    sandbox.authoriseNext(List.of(shop, cafe));
    String verifier = verifier();
    String code = codeFrom(authorize(clientId, SCOPES, "s", challengeOf(verifier)));
    String access = JSON.readTree(exchange(code, verifier).body()).get("access_token").asText();
    String shopConnection = connections(access).get(0).get("id").asText();

    HttpResponse<Void> deleted =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(sandbox.connectionsUrl() + "/" + shopConnection))
                .header("Authorization", "Bearer " + access)
                .DELETE()
                .build(),
            HttpResponse.BodyHandlers.discarding());

    assertEquals(204, deleted.statusCode());
    assertEquals(403, organisation(access, shop).statusCode());
    assertEquals(200, organisation(access, cafe).statusCode());
    JsonNode left = connections(access);
    assertEquals(1, left.size());
    assertEquals(cafe, left.get(0).get("tenantId").asText());
  }

  @Test
  public void publicClientAuthenticatesWithPkceAlone() throws Exception {
    sandbox.registerOAuthApp(clientId, null, REDIRECT);
    sandbox.authoriseNext(List.of(sandbox.addOrganisation("Desktop Ltd")));
    assertEquals("invalid_request", errorOf(authorize(clientId, SCOPES, "s", null)));
    String verifier = verifier();
    String code = codeFrom(authorize(clientId, SCOPES, "s", challengeOf(verifier)));

    HttpResponse<String> answer =
        post(
            sandbox.tokenUrl(),
            "grant_type=authorization_code&client_id="
                + encode(clientId)
                + "&code="
                + encode(code)
                + "&redirect_uri="
                + encode(REDIRECT)
                + "&code_verifier="
                + verifier,
            false);

    assertEquals(200, answer.statusCode(), answer.body());
  }

  // https://developer.xero.com/faq/granular-scopes: apps created since March 2026 get only
  // granular scopes; asking for a broad one fails at authorize.
  @Test
  public void appAskingForAScopeItWasNotGivenGetsInvalidScopeAndItsTokenReachesOnlyItsScopes()
      throws Exception {
    sandbox.registerOAuthApp(
        clientId, secret, REDIRECT, "accounting.invoices accounting.settings.read");
    String cafe = sandbox.addOrganisation("Granular Cafe");
    String challenge = challengeOf(verifier());

    HttpResponse<String> broad =
        authorize(clientId, "openid offline_access accounting.transactions", "s1", challenge);
    assertEquals("invalid_scope", errorOf(broad));

    sandbox.authoriseNext(List.of(cafe));
    String verifier = verifier();
    String granular = "openid offline_access accounting.invoices accounting.settings.read";
    HttpResponse<String> answer =
        exchange(codeFrom(authorize(clientId, granular, "s2", challengeOf(verifier))), verifier);
    JsonNode tokens = JSON.readTree(answer.body());
    assertEquals(granular, tokens.get("scope").asText());
    String accessToken = tokens.get("access_token").asText();
    assertEquals(200, organisation(accessToken, cafe).statusCode());
    HttpResponse<String> contacts =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(sandbox.apiBaseUrl() + "/Contacts"))
                .header("Authorization", "Bearer " + accessToken)
                .header("xero-tenant-id", cafe)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(401, contacts.statusCode());
    assertEquals(
        "AuthorizationUnsuccessful", JSON.readTree(contacts.body()).get("Detail").asText());
  }

  // ---- the app's side of the flow

  /**
   * Registers this test's app, lets the user pick the tenant and returns the first token answer.
   */
  private JsonNode connect(String tenantId) throws Exception {
    sandbox.registerOAuthApp(clientId, secret, REDIRECT);
    sandbox.authoriseNext(List.of(tenantId));
    String verifier = verifier();
    String code = codeFrom(authorize(clientId, SCOPES, "s", challengeOf(verifier)));
    HttpResponse<String> answer = exchange(code, verifier);
    assertEquals(200, answer.statusCode(), answer.body());
    return JSON.readTree(answer.body());
  }

  private HttpResponse<String> authorize(
      String client, String scope, String state, String challenge) throws Exception {
    return send(authorizeUrl(client, scope, state, challenge));
  }

  private static String authorizeUrl(String client, String scope, String state, String challenge) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("response_type", "code");
    query.put("client_id", client);
    query.put("redirect_uri", REDIRECT);
    query.put("scope", scope);
    query.put("state", state);
    if (challenge != null) {
      query.put("code_challenge", challenge);
      query.put("code_challenge_method", "S256");
    }
    StringBuilder url = new StringBuilder(sandbox.authorizeUrl()).append('?');
    query.forEach((name, value) -> url.append(name).append('=').append(encode(value)).append('&'));
    return url.substring(0, url.length() - 1);
  }

  private static HttpResponse<String> send(String url) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> exchange(String code, String verifier) throws Exception {
    return post(
        sandbox.tokenUrl(),
        "grant_type=authorization_code&code="
            + encode(code)
            + "&redirect_uri="
            + encode(REDIRECT)
            + "&code_verifier="
            + encode(verifier),
        true);
  }

  private JsonNode refresh(String refreshToken) throws Exception {
    HttpResponse<String> answer = refreshResponse(refreshToken);
    assertEquals(200, answer.statusCode(), answer.body());
    return JSON.readTree(answer.body());
  }

  private HttpResponse<String> refreshResponse(String refreshToken) throws Exception {
    return post(
        sandbox.tokenUrl(), "grant_type=refresh_token&refresh_token=" + encode(refreshToken), true);
  }

  private HttpResponse<String> post(String url, String form, boolean authenticate)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (authenticate) {
      String basic = clientId + ":" + secret;
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode connections(String accessToken) throws Exception {
    HttpResponse<String> answer =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(sandbox.connectionsUrl()))
                .header("Authorization", "Bearer " + accessToken)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, answer.statusCode(), answer.body());
    return JSON.readTree(answer.body());
  }

  private static HttpResponse<String> organisation(String accessToken, String tenantId)
      throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(sandbox.apiBaseUrl() + "/Organisation"))
            .header("Authorization", "Bearer " + accessToken)
            .header("xero-tenant-id", tenantId)
            .header("Accept", "application/json")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String codeFrom(HttpResponse<String> redirect) {
    assertEquals(302, redirect.statusCode(), redirect.body());
    String code = queryOf(redirect.headers().firstValue("Location").orElseThrow()).get("code");
    assertNotNull(code, "no code in the redirect");
    return code;
  }

  private static String errorOf(HttpResponse<String> redirect) {
    assertEquals(302, redirect.statusCode(), redirect.body());
    Map<String, String> query = queryOf(redirect.headers().firstValue("Location").orElseThrow());
    assertFalse(query.containsKey("code"));
    return query.get("error");
  }

  private static Map<String, String> queryOf(String location) {
    Map<String, String> query = new LinkedHashMap<>();
    for (String pair : URI.create(location).getRawQuery().split("&")) {
      String[] parts = pair.split("=", 2);
      query.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
    }
    return query;
  }

  /** RFC 7636 §4.1: 32 random bytes, base64url, 43 characters. */
  private static String verifier() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** RFC 7636 §4.2: S256. */
  private static String challengeOf(String verifier) throws Exception {
    byte[] digest =
        MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
