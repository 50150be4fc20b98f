package com.quoox.xero.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.quoox.xero.it.support.DatabaseIndependent;
import com.quoox.xero.it.support.DeployedModule;
import com.quoox.xero.it.support.Eventually;
import com.quoox.xero.it.support.ModuleApi;
import com.quoox.xero.it.support.QuooxAppAtXero;
import com.quoox.xero.it.support.ServerConfiguration;
import com.quoox.xero.it.support.TestBusiness;
import com.quoox.xero.it.support.WildFlyHttp;
import com.quoox.xero.sandbox.XeroSandbox;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rotating the key that encrypts stored secrets on the running server, as docs/operations.md tells
 * an operator to: add the new key, make it current, re-encrypt every secret, remove the old key;
 * all while two businesses keep selling, one whose OAuth 2.0 tokens are decrypted from its row at
 * every session and refreshed meanwhile, one on a Custom Connection. No sale is lost and each
 * reaches Xero.
 */
@DatabaseIndependent
class KeyRotationIT extends DeployedModule {

  private final Map<String, AtomicInteger> soldBy = new ConcurrentHashMap<>();

  private static final String KEY = "quoox.xero.encryption-key";
  private static final String CURRENT = "quoox.xero.encryption-key-id";
  private static final String OLD_KEY = "AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=";
  private static final String NEW_KEY = "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=";
  private static final XeroSandbox SANDBOX = XeroSandbox.shared();

  @BeforeAll
  static void registerQuooxAppAtXero() {
    QuooxAppAtXero.register();
  }

  /** Back to the unnamed key of arquillian.xml, with every secret moved back under it. */
  @AfterEach
  void backToTheUnnamedKey() {
    ServerConfiguration.remove(CURRENT);
    api.post("xero/operations/encryption-keys/re-encrypt", "");
    ServerConfiguration.remove(KEY + ".k1");
    ServerConfiguration.remove(KEY + ".k2");
  }

  @Test
  void keyIsRotatedUnderLiveConnectionsAndEverySaleReachesXero() throws Exception {
    ServerConfiguration.set(KEY + ".k1", OLD_KEY);
    ServerConfiguration.set(CURRENT, "k1");
    TestBusiness custom = TestBusiness.connected(api);
    TestBusiness oauth = connectedWithOAuth2();
    assertEquals("k1", usage().path("currentKey").asText());

    try (Selling selling = new Selling(custom, oauth)) {
      selling.awaitSold(4);
      ServerConfiguration.set(KEY + ".k2", NEW_KEY);
      ServerConfiguration.set(CURRENT, "k2");
      selling.awaitSold(selling.sold() + 4);

      ModuleApi.Answer reencrypted = api.post("xero/operations/encryption-keys/re-encrypt", "");
      assertEquals(200, reencrypted.status(), reencrypted.body());
      JsonNode report = reencrypted.json();
      assertEquals("k2", report.path("currentKey").asText(), report.toString());
      assertEquals(0, report.path("failedRows").asInt(), report.toString());
      assertTrue(report.path("reencrypted").asInt() >= 3, "client secret, two tokens: " + report);
      assertFalse(report.path("byKey").has("k1"), "nothing left under k1: " + report);

      ServerConfiguration.remove(KEY + ".k1");
      int soldWithOldKey = selling.sold();
      // More than the keep-alive's 20 s: the OAuth 2.0 connection is refreshed without k1 too.
      selling.awaitSold(soldWithOldKey + 8);
      Thread.sleep(Duration.ofSeconds(25).toMillis());
      selling.awaitSold(selling.sold() + 4);
    }
    for (TestBusiness business : List.of(custom, oauth)) {
      int sold = soldBy.get(business.id).get();
      List<JsonNode> invoices =
          Eventually.await(
              sold + " invoices in Xero for " + business.id,
              Duration.ofMinutes(2),
              business.xero::invoices,
              l -> l.size() >= sold);
      assertEquals(sold, invoices.size(), "each sale once: " + business.id);
    }
    JsonNode after = usage().path("byKey");
    assertFalse(after.has("k1"), after.toString());
    assertTrue(after.path("k2").asInt() >= 3, after.toString());
  }

  @Test
  void onlyAnOperatorOfEveryBusinessMayReencrypt() {
    ModuleApi alice = api.as(ModuleApi.User.ALICE);

    assertEquals(403, alice.post("xero/operations/encryption-keys/re-encrypt", "").status());
    assertEquals(403, alice.get("xero/operations/encryption-keys").status());
    assertEquals(401, api.as(null).get("xero/operations/encryption-keys").status());
  }

  /** Sells for each business in turn, on a thread of its own, until closed. */
  private final class Selling implements AutoCloseable {
    private final AtomicBoolean open = new AtomicBoolean(true);
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Thread seller;

    Selling(TestBusiness... businesses) {
      for (TestBusiness business : businesses) {
        soldBy.put(business.id, new AtomicInteger());
      }
      seller =
          new Thread(
              () -> {
                try {
                  while (open.get()) {
                    for (TestBusiness business : businesses) {
                      business.sell(business.cafeSale());
                      soldBy.get(business.id).incrementAndGet();
                    }
                    Thread.sleep(1000); // within Xero's 60 calls a minute per organisation
                  }
                } catch (Throwable e) {
                  failure.set(e);
                }
              },
              "key-rotation-seller");
      seller.start();
    }

    int sold() {
      return soldBy.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    void awaitSold(int count) {
      Eventually.await(
          count + " sales recorded",
          Duration.ofSeconds(60),
          () -> failure.get() == null ? sold() : -1,
          sold -> sold < 0 || sold >= count);
      assertEquals(null, failure.get(), "a sale failed: " + failure.get());
    }

    @Override
    public void close() throws InterruptedException {
      open.set(false);
      seller.join(Duration.ofSeconds(30).toMillis());
      assertEquals(null, failure.get(), "a sale failed: " + failure.get());
    }
  }

  private JsonNode usage() {
    ModuleApi.Answer answer = api.get("xero/operations/encryption-keys");
    assertEquals(200, answer.status(), answer.body());
    return answer.json();
  }

  /** A business connected through "Connect to Xero" (OAuth 2.0) to an organisation of its own. */
  private TestBusiness connectedWithOAuth2() throws IOException, InterruptedException {
    String business = "rotate-" + UUID.randomUUID().toString().substring(0, 8);
    String tenant = SANDBOX.addOrganisation("Org of " + business);
    SANDBOX.authoriseNext(List.of(tenant));
    HttpClient browser = WildFlyHttp.client();
    URI next = api.uri("businesses/" + business + "/xero/oauth/authorize");
    for (int hop = 0; hop < 3; hop++) { // module → Xero sign-in → module callback → settings page
      HttpRequest.Builder request = HttpRequest.newBuilder(next).GET();
      if (next.getPort() == api.uri("").getPort()) {
        request.header("Authorization", api.authorization());
      }
      HttpResponse<String> answer =
          browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(302, answer.statusCode(), answer.body());
      next = URI.create(answer.headers().firstValue("Location").orElseThrow());
    }
    return TestBusiness.onTenant(api, business, SANDBOX.tenant(tenant));
  }
}
