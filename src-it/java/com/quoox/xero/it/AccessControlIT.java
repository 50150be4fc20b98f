package com.quoox.xero.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.quoox.xero.it.support.DatabaseIndependent;
import com.quoox.xero.it.support.DeployedModule;
import com.quoox.xero.it.support.ModuleApi;
import com.quoox.xero.it.support.ModuleApi.User;
import com.quoox.xero.it.support.TestBusiness;
import com.quoox.xero.it.support.WildFlyHttp;
import com.quoox.xero.sandbox.XeroSandbox;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may do what: only signed-in users reach the settings API, a user of business A can never read
 * or change business B, and only role {@code quoox-xero-admin} changes anything. Users are the test
 * users of Elytron's ApplicationRealm (src-it/wildfly); businesses alice-shop and bob-shop are
 * connected by the operator first, so that every refusal below is a refusal of something that
 * exists.
 */
@DatabaseIndependent
class AccessControlIT extends DeployedModule {

  private TestBusiness alices;
  private TestBusiness bobs;

  @BeforeEach
  void twoBusinessesWithTheirOwners() {
    alices = connectedAs("alice-shop");
    bobs = connectedAs("bob-shop");
  }

  @Test
  void anonymousCallersAndWrongPasswordsAreAskedToSignIn() {
    ModuleApi.Answer anonymous = api.as(null).get(alices.path("connection"));
    assertEquals(401, anonymous.status(), anonymous.body());

    ModuleApi.Answer wrongPassword =
        api.as(new User("alice", "not-alices-password")).get(alices.path("connection"));
    assertEquals(401, wrongPassword.status(), wrongPassword.body());
  }

  @Test
  void ownersSeeTheirOwnBusinessOnly() {
    ModuleApi alice = api.as(User.ALICE);
    ModuleApi.Answer own = alice.get(alices.path("connection"));
    assertEquals(200, own.status(), own.body());
    assertEquals("alice-shop", own.json().get("businessId").asText());

    for (String tail : new String[] {"connection", "mappings", "sync"}) {
      ModuleApi.Answer foreign = alice.get(bobs.path(tail));
      assertEquals(403, foreign.status(), tail + ": " + foreign.body());
      assertTrue(foreign.contentType().startsWith("application/problem+json"), foreign.body());
      assertFalse(foreign.body().contains("Org of"), "nothing of Bob's business leaks");
    }
    // An id that does not exist is refused the same way, so ids cannot be probed.
    ModuleApi.Answer unknown = alice.get("businesses/no-such-shop/xero/connection");
    assertEquals(403, unknown.status(), unknown.body());
  }

  @Test
  void anOwnerCannotChangeAnotherBusiness() {
    ModuleApi alice = api.as(User.ALICE);
    String bobsMappings = api.get(bobs.path("mappings")).body();

    String changed = TestBusiness.MAPPINGS.replace("Quoox Sales", "Alice was here");
    assertEquals(403, alice.put(bobs.path("mappings"), changed).status());
    assertEquals(403, alice.delete(bobs.path("connection")).status());
    assertEquals(403, alice.post(bobs.path("connection/test"), "").status());
    assertEquals(
        403,
        alice
            .put(bobs.path("connection"), "{\"mode\":\"CUSTOM_CONNECTION\",\"clientId\":\"x\"}")
            .status());

    assertEquals(bobsMappings, api.get(bobs.path("mappings")).body(), "Bob's mappings unchanged");
    assertEquals("CONNECTED", api.get(bobs.path("connection")).json().get("status").asText());
  }

  @Test
  void withoutTheAdminRoleAUserMayLookButNotChange() {
    ModuleApi carol = api.as(User.CAROL_VIEWER);
    assertEquals(200, carol.get(alices.path("mappings")).status());
    assertEquals(200, carol.get(alices.path("sync")).status());

    String changed = TestBusiness.MAPPINGS.replace("Quoox Sales", "Carol was here");
    ModuleApi.Answer refused = carol.put(alices.path("mappings"), changed);
    assertEquals(403, refused.status(), refused.body());
    assertTrue(refused.json().get("detail").asText().contains("quoox-xero-admin"));
    assertEquals(403, carol.delete(alices.path("connection")).status());
    assertFalse(api.get(alices.path("mappings")).body().contains("Carol was here"));
    assertEquals(403, carol.get(bobs.path("mappings")).status());
  }

  /**
   * A "Connect to Xero" sign-in started for Bob's business cannot be completed by Alice (a link
   * sent to her, or a forged callback): the callback checks the sign-in's business.
   */
  @Test
  void aXeroSignInOfAnotherBusinessCannotBeCompleted() throws Exception {
    HttpResponse<String> start =
        browse(api.as(User.BOB), "businesses/bob-shop/xero/oauth/authorize");
    assertEquals(302, start.statusCode(), start.body());
    Matcher state =
        Pattern.compile("[?&]state=([^&]+)")
            .matcher(start.headers().firstValue("Location").orElseThrow());
    assertTrue(state.find());

    HttpResponse<String> callback =
        browse(api.as(User.ALICE), "xero/oauth/callback?code=any&state=" + state.group(1));

    assertEquals(403, callback.statusCode(), callback.body());
    assertEquals("CONNECTED", api.get(bobs.path("connection")).json().get("status").asText());
  }

  /** Connects {@code businessId} (as the operator) to a new sandbox organisation. */
  private TestBusiness connectedAs(String businessId) {
    String client = businessId + "-" + UUID.randomUUID();
    String tenantId =
        XeroSandbox.shared()
            .addCustomConnection(client, client + "-secret", "Org of " + businessId);
    ModuleApi.Answer connected =
        api.put(
            "businesses/" + businessId + "/xero/connection",
            "{\"mode\":\"CUSTOM_CONNECTION\",\"clientId\":\""
                + client
                + "\",\"clientSecret\":\""
                + client
                + "-secret\"}");
    assertEquals(200, connected.status(), connected.body());
    return TestBusiness.onTenant(api, businessId, XeroSandbox.shared().tenant(tenantId));
  }

  private static HttpResponse<String> browse(ModuleApi as, String path)
      throws IOException, InterruptedException {
    URI uri = as.uri(path);
    return WildFlyHttp.client()
        .send(
            HttpRequest.newBuilder(uri).header("Authorization", as.authorization()).GET().build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
