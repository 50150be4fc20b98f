package com.quoox.xero.demo;

import com.quoox.xero.it.Eventually;
import com.quoox.xero.it.ModuleApi;
import com.quoox.xero.it.ModuleDeployment;
import com.quoox.xero.it.TestBusiness;
import com.quoox.xero.sandbox.XeroSandbox;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

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

    File deployment = jbossHome.resolve("standalone/deployments/quoox-xero.war").toFile();
    ModuleDeployment.withDemoShop().as(ZipExporter.class).exportTo(deployment, true);
    Process wildfly = startWildFly(jbossHome, sandbox.baseUrl());
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  wildfly.destroy();
                  sandbox.stop();
                }));

    ModuleApi api = new ModuleApi(new URL("http://localhost:8080/quoox-xero/"));
    Eventually.await(
        "WildFly to start the module", Duration.ofMinutes(3), () -> answers(api), up -> up);
    connectDemoBusiness(api);
    System.out.printf(
        "%n=== Quoox → Xero demo is running ===%n"
            + "Demo shop (sell something):   http://localhost:8080/quoox-xero/demo/index.html?sandbox=%d%n"
            + "Xero sandbox (the invoices):  %s/_sandbox/%n"
            + "Sync log of the business:     http://localhost:8080/quoox-xero/api/businesses/%s/xero/sync%n"
            + "Ctrl-C stops everything.%n%n",
        sandboxPort, sandbox.baseUrl(), BUSINESS);
    wildfly.waitFor();
  }

  /** Whether the module answers yet; while WildFly boots, the connection is refused. */
  private static boolean answers(ModuleApi api) {
    try {
      return api.get("businesses/" + BUSINESS + "/xero/mappings").status() == 200;
    } catch (AssertionError notYet) {
      return false;
    }
  }

  private static Process startWildFly(Path jbossHome, String sandboxUrl) throws IOException {
    byte[] key = new byte[32];
    new SecureRandom()
        .nextBytes(key); // the demo's database lives in memory, so a fresh key will do
    List<String> command = new ArrayList<>();
    command.add(jbossHome.resolve("bin/standalone.sh").toString());
    command.add("-Dquoox.xero.api-base-url=" + sandboxUrl + "/api.xro/2.0");
    command.add("-Dquoox.xero.identity-base-url=" + sandboxUrl);
    command.add("-Dquoox.xero.connections-url=" + sandboxUrl + "/connections");
    command.add("-Dquoox.xero.encryption-key=" + Base64.getEncoder().encodeToString(key));
    command.add("-Dquoox.xero.dispatch.interval=PT2S");
    return new ProcessBuilder(command).inheritIO().start();
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
