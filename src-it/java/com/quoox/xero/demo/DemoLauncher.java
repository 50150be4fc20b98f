package com.quoox.xero.demo;

import com.quoox.xero.it.ModuleApi;
import com.quoox.xero.it.ModuleDeployment;
import com.quoox.xero.it.TestBusiness;
import com.quoox.xero.it.WildFlyNode;
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

  private static final String BUSINESS = "demo-coffee";

  private DemoLauncher() {}

  public static void main(String[] args) throws Exception {
    int sandboxPort = Integer.getInteger("demo.sandbox.port", 8089);
    Path jbossHome = Path.of(System.getProperty("jboss.home", "target/server"));
    XeroSandbox sandbox =
        XeroSandbox.start(
            sandboxPort,
            Path.of(
                System.getProperty("sandbox.spec", "../shared/xero-openapi/xero_accounting.yaml")));
    sandbox.addCustomConnection("demo-client", "demo-secret", "Demo Coffee Ltd");

    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key); // the demo's database lives in memory: a fresh key will do
    WildFlyNode wildfly =
        new WildFlyNode(jbossHome, jbossHome.resolve("standalone"), 0)
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
            + "Demo shop (sell something):   http://localhost:8080/quoox-xero/demo/index.html?sandbox=%d%n"
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
    wildfly.process().waitFor();
  }

  private static void connectDemoBusiness(ModuleApi api) {
    String path = "businesses/" + BUSINESS + "/xero/";
    ModuleApi.Answer connected =
        api.put(
            path + "connection",
            "{\"mode\":\"CUSTOM_CONNECTION\",\"clientId\":\"demo-client\",\"clientSecret\":\"demo-secret\"}");
    if (connected.status() != 200) {
      throw new IllegalStateException("Could not connect the demo business: " + connected.body());
    }
    api.put(path + "mappings", TestBusiness.MAPPINGS);
  }
}
