package com.quoox.xero.demo.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.quoox.xero.it.support.ModuleApi;
import com.quoox.xero.it.support.ModuleDeployment;
import com.quoox.xero.it.support.TestBusiness;
import com.quoox.xero.it.support.WildFlyNode;
import com.quoox.xero.sandbox.SandboxTenant;
import com.quoox.xero.sandbox.XeroSandbox;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

/**
 * Runs the demo: the local Xero sandbox, then the WildFly the build provisioned with the module and
 * the demo shop deployed, then connects business {@code demo-coffee} to the sandbox through the
 * module's own API. Runs until Ctrl-C, which stops WildFly too.
 */
public final class DemoLauncher {

  public static final String BUSINESS = "demo-coffee";

  /**
   * Card payments are recorded in Xero, into the sandbox's bank account 094 (as PaymentsIT does),
   * so the demo page's "Record a card payment" pays the invoice there.
   */
  private static final String PAYMENT_SETTINGS =
      "{\"providers\": {\"CARD\": {\"recordPayments\": true, \"accountCode\": \"094\"}}}";

  private DemoLauncher() {}

  public static void main(String[] args) throws Exception {
    int sandboxPort = Integer.getInteger("demo.sandbox.port", 8089);
    Path jbossHome = Path.of(System.getProperty("jboss.home", "target/server"));
    XeroSandbox sandbox = XeroSandbox.start(sandboxPort, XeroSandbox.contract());
    String tenantId = addDemoOrganisation(sandbox);

    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key); // the demo's database lives in memory: a fresh key will do
    // A base directory of its own, made afresh: the demo's deployment never stays behind in the
    // build's server, where the integration tests deploy the same WAR.
    Path baseDir = jbossHome.resolveSibling("demo-server");
    WildFlyNode wildfly =
        WildFlyNode.inFreshBase(jbossHome, baseDir, 0)
            .usingXeroAt(sandbox.baseUrl())
            .property("quoox.xero.encryption-key", Base64.getEncoder().encodeToString(key))
            .property("quoox.xero.dispatch.interval", "PT2S")
            .inheritOutput()
            .deploy(ModuleDeployment.withDemoShop());
    wildfly.start();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  wildfly.stop();
                  sandbox.stop();
                }));
    wildfly.awaitModule(Duration.ofMinutes(3));
    ModuleApi api = new ModuleApi(wildfly.moduleUrl());
    connectDemoBusiness(api);
    System.out.printf(
        "%n=== Quoox → Xero demo is running ===%n"
            + "Demo shop (sell, refund, pay): http://localhost:8080/quoox-xero/demo/index.html?sandbox=%d%n"
            + "Xero sandbox (the invoices):  %s/_sandbox/%n"
            + "Xero settings of the business: http://localhost:8080/quoox-xero/xero/settings.html?businessId=%s%n"
            + "  sign in as %s / %s%n"
            + "Sync log of the business:     http://localhost:8080/quoox-xero/api/businesses/%s/xero/sync%n"
            + "Ctrl-C stops everything.%n%n",
        sandboxPort,
        sandbox.baseUrl(),
        BUSINESS,
        ModuleApi.User.DEMO_OWNER.name(),
        ModuleApi.User.DEMO_OWNER.password(),
        BUSINESS);
    if (Boolean.getBoolean("demo.check")) {
      System.exit(sellOnceAndFindInvoice(api, sandbox.tenant(tenantId)) ? 0 : 1);
    }
    wildfly.process().waitFor();
  }

  /**
   * The demo's own smoke check ({@code -Ddemo.check=true}): one sale through the demo shop must
   * reach the sandbox as an invoice at the charged total; then everything stops.
   */
  private static boolean sellOnceAndFindInvoice(ModuleApi api, SandboxTenant xero)
      throws InterruptedException {
    ModuleApi.Answer sold = api.post("demo/businesses/" + BUSINESS + "/random-sale", "");
    if (sold.status() != 200) {
      System.out.println("Demo check FAILED: the sale was refused: " + sold.body());
      return false;
    }
    String saleNumber = sold.json().path("saleNumber").asText();
    String charged = sold.json().path("totalCharged").asText();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      for (JsonNode invoice : xero.invoices()) {
        if (invoice.path("Reference").asText().contains(saleNumber)) {
          System.out.printf(
              "Demo check passed: sale %s (%s charged) is invoice %s of %s in the sandbox%n",
              saleNumber,
              charged,
              invoice.path("InvoiceNumber").asText(),
              invoice.path("Total").asText());
          return true;
        }
      }
      Thread.sleep(250);
    }
    System.out.println(
        "Demo check FAILED: sale " + saleNumber + " did not reach the sandbox in 60 s");
    return false;
  }

  /** The demo business's organisation at Xero, reached by its Custom Connection; its tenant id. */
  public static String addDemoOrganisation(XeroSandbox sandbox) {
    return sandbox.addCustomConnection("demo-client", "demo-secret", "Demo Coffee Ltd");
  }

  /** Connects, codes and sets up card payments as a business owner would on the settings page. */
  public static void connectDemoBusiness(ModuleApi api) {
    String path = "businesses/" + BUSINESS + "/xero/";
    ModuleApi.Answer connected =
        api.put(
            path + "connection",
            "{\"mode\":\"CUSTOM_CONNECTION\",\"clientId\":\"demo-client\",\"clientSecret\":\"demo-secret\"}");
    if (connected.status() != 200) {
      throw new IllegalStateException("Could not connect the demo business: " + connected.body());
    }
    api.put(path + "mappings", TestBusiness.MAPPINGS);
    ModuleApi.Answer payments = api.put(path + "payments", PAYMENT_SETTINGS);
    if (payments.status() != 200) {
      throw new IllegalStateException("Could not set up card payments: " + payments.body());
    }
  }
}
