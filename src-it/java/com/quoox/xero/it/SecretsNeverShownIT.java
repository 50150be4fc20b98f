package com.quoox.xero.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.it.support.DeployedModule;
import com.quoox.xero.it.support.ModuleApi;
import com.quoox.xero.it.support.TestBusiness;
import com.quoox.xero.sandbox.XeroSandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Secrets are write-only: a Custom Connection's client secret (right or wrong), and every access
 * token, refresh token and authorization code the sandbox ever issued in this test run, appear in
 * no answer of the API and in no line of WildFly's log — including the lines of failed attempts,
 * where secrets usually leak.
 */
class SecretsNeverShownIT extends DeployedModule {

  @Test
  void noSecretOrTokenInAnswersOrInTheServerLog() throws IOException {
    String secret = "s3cret-" + UUID.randomUUID();
    String wrongSecret = "wr0ng-" + UUID.randomUUID();
    String client = "secrets-" + UUID.randomUUID();
    String tenantId = XeroSandbox.shared().addCustomConnection(client, secret, "Org of secrets");
    TestBusiness business =
        TestBusiness.onTenant(
            api, "secrets-" + tenantId.substring(0, 8), XeroSandbox.shared().tenant(tenantId));
    List<String> answers = new ArrayList<>();

    answers.add(connect(business, client, wrongSecret, 400));
    answers.add(connect(business, client, secret, 200));
    answers.add(api.post(business.path("connection/test"), "").body());
    SaleCompleted sale = business.cafeSale();
    business.sell(sale);
    answers.add(business.awaitSyncStatus(sale.saleNumber(), "SENT").toString());
    XeroSandbox.shared().expireAccessTokens(tenantId); // refused at the next call: a new token
    answers.add(api.post(business.path("connection/test"), "").body());
    answers.add(api.get(business.path("connection")).body());
    answers.add(api.get(business.path("sync")).body());

    List<String> secrets = new ArrayList<>(XeroSandbox.tokensEverIssued());
    secrets.add(secret);
    secrets.add(wrongSecret);
    assertTrue(
        secrets.size() >= 4, "the sandbox issued tokens to this business: " + secrets.size());
    String log = Files.readString(serverLog());
    assertFalse(log.isEmpty());
    for (String s : secrets) {
      assertFalse(log.contains(s), "a secret or token is in server.log");
      for (String answer : answers) {
        assertFalse(answer.contains(s), "a secret or token is in an answer: " + answer);
      }
    }
    assertFalse(log.contains("PRIVATE KEY"), "no private key in server.log");
  }

  private String connect(TestBusiness business, String client, String secret, int status) {
    ModuleApi.Answer answer =
        api.put(
            business.path("connection"),
            "{\"mode\":\"CUSTOM_CONNECTION\",\"clientId\":\""
                + client
                + "\",\"clientSecret\":\""
                + secret
                + "\"}");
    assertEquals(status, answer.status(), answer.body());
    return answer.body();
  }

  private static Path serverLog() {
    return Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
  }
}
