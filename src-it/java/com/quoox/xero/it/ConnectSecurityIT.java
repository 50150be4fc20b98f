package com.quoox.xero.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.it.support.DatabaseIndependent;
import com.quoox.xero.it.support.DeployedModule;
import com.quoox.xero.it.support.ModuleApi;
import com.quoox.xero.it.support.ModuleApi.User;
import com.quoox.xero.it.support.QuooxAppAtXero;
import com.quoox.xero.it.support.TestBusiness;
import com.quoox.xero.it.support.WildFlyHttp;
import com.quoox.xero.sandbox.XeroSandbox;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may point a business's sales at a Xero organisation through "Connect to Xero", black-box over
 * HTTP with the test users of Elytron's ApplicationRealm: only role quoox-xero-admin starts it,
 * only the user who started a sign-in completes it, a sign-in is used once even when its code
 * exchange fails, and reconnecting ends the previous connection at Xero unless another business
 * sends through it.
 */
@DatabaseIndependent
class ConnectSecurityIT extends DeployedModule {

  private static final XeroSandbox SANDBOX = XeroSandbox.shared();

  /** alice-shop: Alice owns it (admin), Carol may only look, the operator acts for every shop. */
  private static final String ALICES_SHOP = "alice-shop";

  @BeforeAll
  static void registerQuooxAppAtXero() {
    QuooxAppAtXero.register();
  }

  @Test
  void aViewerCannotStartConnectToXero() throws Exception {
    HttpResponse<String> start = browse(User.CAROL_VIEWER, authorizePath(ALICES_SHOP));

    assertEquals(403, start.statusCode(), start.body());
    assertTrue(start.body().contains("quoox-xero-admin"), start.body());
  }

  @Test
  void aSignInCompletedByAnotherUserIsRefusedAndLeavesTheConnectionAlone() throws Exception {
    String before = connectWithCustomConnection(ALICES_SHOP);
    SANDBOX.authoriseNext(List.of(SANDBOX.addOrganisation("Operator's pick " + UUID.randomUUID())));
    URI callback = atXero(browse(User.OPERATOR, authorizePath(ALICES_SHOP)));

    // Alice may act for her shop, but she did not start this sign-in.
    HttpResponse<String> byAlice = browse(User.ALICE, callback);

    assertEquals(403, byAlice.statusCode(), byAlice.body());
    JsonNode connection = api.get(connectionPath(ALICES_SHOP)).json();
    assertEquals("CUSTOM_CONNECTION", connection.path("mode").asText(), connection.toString());
    assertEquals(before, connection.path("organisationName").asText());
    // The refusal did not use the sign-in up: the user who started it can still complete it.
    assertEquals(302, browse(User.OPERATOR, callback).statusCode());
    assertEquals("OAUTH2", api.get(connectionPath(ALICES_SHOP)).json().path("mode").asText());
  }

  @Test
  void aCallbackWithoutASignedInUserIsAskedToSignIn() throws Exception {
    String business = newBusinessId();
    SANDBOX.authoriseNext(List.of(SANDBOX.addOrganisation("Org of " + business)));
    URI callback = atXero(browse(User.OPERATOR, authorizePath(business)));

    HttpResponse<String> anonymous = browse(null, callback);

    assertEquals(401, anonymous.statusCode(), anonymous.body());
    assertEquals(404, api.get(connectionPath(business)).status());
  }

  @Test
  void aSignInWhoseCodeExchangeFailedCannotBeReplayed() throws Exception {
    String business = newBusinessId();
    SANDBOX.authoriseNext(List.of(SANDBOX.addOrganisation("Org of " + business)));
    URI callback = atXero(browse(User.OPERATOR, authorizePath(business)));
    URI wrongCode = URI.create(callback.toString().replaceFirst("code=[^&]+", "code=not-the-code"));

    HttpResponse<String> failed = browse(User.OPERATOR, wrongCode);
    assertEquals(502, failed.statusCode(), failed.body());

    HttpResponse<String> replayed = browse(User.OPERATOR, callback);

    assertEquals(400, replayed.statusCode(), replayed.body());
    assertTrue(replayed.body().contains("already used"), replayed.body());
    assertEquals(404, api.get(connectionPath(business)).status());
  }

  @Test
  void reconnectingToAnotherOrganisationEndsTheOldConnectionAtXero() throws Exception {
    String business = newBusinessId();
    String first = connectWithXero(business, "First of " + business);
    assertEquals(1, SANDBOX.oauthConnectionsTo(first));

    String second = connectWithXero(business, "Second of " + business);

    assertEquals(0, SANDBOX.oauthConnectionsTo(first), "the old connection is gone at Xero");
    assertEquals(1, SANDBOX.oauthConnectionsTo(second));
    assertEquals(
        "Second of " + business,
        api.get(connectionPath(business)).json().path("organisationName").asText());
    sellAndSee(business, second);
  }

  /**
   * Xero keeps one connection per user, app and organisation: reconnecting one business must not
   * end the connection another business (connected by the same person) sends through.
   */
  @Test
  void reconnectingKeepsTheOldConnectionWhenAnotherBusinessSendsThroughIt() throws Exception {
    String shared = SANDBOX.addOrganisation("Shared org " + UUID.randomUUID());
    String moving = newBusinessId();
    String staying = newBusinessId();
    SANDBOX.authoriseNext(List.of(shared));
    signInAtXero(moving);
    SANDBOX.authoriseNext(List.of(shared));
    signInAtXero(staying);

    String elsewhere = connectWithXero(moving, "Elsewhere of " + moving);

    assertTrue(SANDBOX.oauthConnectionsTo(shared) > 0, "the shared connection is kept at Xero");
    sellAndSee(staying, shared);
    sellAndSee(moving, elsewhere);
  }

  /** Signing in again to the same organisation reaches the same connection at Xero: it stays. */
  @Test
  void reconnectingToTheSameOrganisationKeepsItsConnection() throws Exception {
    String business = newBusinessId();
    String tenant = connectWithXero(business, "Org of " + business);

    SANDBOX.authoriseNext(List.of(tenant));
    signInAtXero(business);

    assertTrue(SANDBOX.oauthConnectionsTo(tenant) > 0, "the connection is kept at Xero");
    sellAndSee(business, tenant);
  }

  @Test
  void switchingToACustomConnectionEndsTheOAuthConnectionAtXero() throws Exception {
    String business = newBusinessId();
    String tenant = connectWithXero(business, "Org of " + business);

    connectWithCustomConnection(business);

    assertEquals(0, SANDBOX.oauthConnectionsTo(tenant), "the OAuth connection is gone at Xero");
    assertEquals(
        "CUSTOM_CONNECTION", api.get(connectionPath(business)).json().path("mode").asText());
  }

  /** Connects the business as the operator to a new organisation; its tenant id. */
  private String connectWithXero(String business, String organisationName)
      throws IOException, InterruptedException {
    String tenant = SANDBOX.addOrganisation(organisationName);
    SANDBOX.authoriseNext(List.of(tenant));
    signInAtXero(business);
    return tenant;
  }

  private void signInAtXero(String business) throws IOException, InterruptedException {
    URI callback = atXero(browse(User.OPERATOR, authorizePath(business)));
    HttpResponse<String> back = browse(User.OPERATOR, callback);
    assertEquals(302, back.statusCode(), back.body());
  }

  /** Plays the browser at Xero's sign-in (the sandbox consents at once); the module's callback. */
  private URI atXero(HttpResponse<String> start) throws IOException, InterruptedException {
    assertEquals(302, start.statusCode(), start.body());
    URI signIn = URI.create(start.headers().firstValue("Location").orElseThrow());
    HttpResponse<String> atXero =
        WildFlyHttp.client()
            .send(
                HttpRequest.newBuilder(signIn).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(302, atXero.statusCode(), atXero.body());
    URI callback = URI.create(atXero.headers().firstValue("Location").orElseThrow());
    Matcher code = Pattern.compile("[?&]code=[^&]+").matcher(callback.toString());
    assertTrue(code.find(), callback.toString());
    return callback;
  }

  /** The business connected by the operator with a Custom Connection; its organisation's name. */
  private String connectWithCustomConnection(String business) {
    String client = business + "-" + UUID.randomUUID();
    String name = "Custom org of " + client;
    SANDBOX.addCustomConnection(client, client + "-secret", name);
    ModuleApi.Answer connected =
        api.put(
            connectionPath(business),
            "{\"mode\":\"CUSTOM_CONNECTION\",\"clientId\":\""
                + client
                + "\",\"clientSecret\":\""
                + client
                + "-secret\"}");
    assertEquals(200, connected.status(), connected.body());
    return name;
  }

  private void sellAndSee(String business, String tenant) {
    TestBusiness sales = TestBusiness.onTenant(api, business, SANDBOX.tenant(tenant));
    SaleCompleted sale = sales.cafeSale();
    sales.sell(sale);
    sales.awaitSyncStatus(sale.saleNumber(), "SENT");
  }

  private HttpResponse<String> browse(User user, String path)
      throws IOException, InterruptedException {
    return browse(user, api.uri(path));
  }

  /** A GET to the module as {@code user} (none: not signed in), without following redirects. */
  private HttpResponse<String> browse(User user, URI uri) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
    if (user != null) {
      request.header("Authorization", api.as(user).authorization());
    }
    return WildFlyHttp.client().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String authorizePath(String business) {
    return "businesses/" + business + "/xero/oauth/authorize";
  }

  private static String connectionPath(String business) {
    return "businesses/" + business + "/xero/connection";
  }

  private static String newBusinessId() {
    return "connect-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
