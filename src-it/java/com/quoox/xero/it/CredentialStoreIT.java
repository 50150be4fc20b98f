package com.quoox.xero.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.quoox.xero.it.support.DatabaseIndependent;
import com.quoox.xero.it.support.Eventually;
import com.quoox.xero.it.support.ModuleApi;
import com.quoox.xero.it.support.ModuleDeployment;
import com.quoox.xero.it.support.TestBusiness;
import com.quoox.xero.it.support.WildFlyNode;
import com.quoox.xero.sandbox.XeroSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The module's encryption key kept as an operator keeps it: a WildFly started without the key
 * cannot store a connection's secret; after wildfly-config/configure-credential-store.cli and
 * store-secrets.sh, run unchanged against it, and a reload, it can, and its configuration holds
 * only the {@code ${ENC::…}} expression, never the key. Runs its own WildFly beside Arquillian's.
 */
@DatabaseIndependent
class CredentialStoreIT {

  private static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
  private static final int PORT_OFFSET = Integer.getInteger("it.port.offset", 0) + 50;

  private final Path home = Path.of(System.getProperty("jboss.home"));
  private final Path base = home.getParent().resolve(home.getFileName() + "-credential-node");
  private WildFlyNode node;

  @AfterEach
  void stopNode() {
    if (node != null) {
      node.stop();
    }
  }

  @Test
  void encryptionKeyFromTheCredentialStoreLetsTheModuleStoreAConnection() throws Exception {
    node =
        WildFlyNode.inFreshBase(home, base, PORT_OFFSET)
            .usingXeroAt(XeroSandbox.shared().baseUrl())
            .deploy(ModuleDeployment.withDemoShop());
    node.start();
    node.awaitModule(Duration.ofMinutes(5));
    ModuleApi api = new ModuleApi(node.moduleUrl());
    TestBusiness business = TestBusiness.unconnected(api);
    String connection = business.customConnection(business.id + "-secret");
    ModuleApi.Answer withoutKey = api.put(business.path("connection"), connection);
    assertNotEquals(200, withoutKey.status(), "no key yet: " + withoutKey.body());

    run(List.of("--file=" + script("configure-credential-store.cli")), Map.of());
    run(List.of(), Map.of("QUOOX_XERO_ENCRYPTION_KEY", KEY));
    run(List.of("--timeout=60000", "--command=:reload"), Map.of());

    // Only the reloaded server can have the key: until then every attempt fails as above.
    Eventually.await(
        "the reloaded module to store the connection",
        Duration.ofMinutes(5),
        () -> status(() -> api.put(business.path("connection"), connection)),
        status -> status == 200);
    String configuration = Files.readString(base.resolve("configuration/standalone.xml"));
    assertTrue(configuration.contains("${ENC::quoox-xero:"), "the key is kept encrypted");
    assertFalse(configuration.contains(KEY), "the key is never in the configuration");
  }

  /** Runs store-secrets.sh (no arguments given) or jboss-cli.sh against this test's node. */
  private void run(List<String> cliArguments, Map<String, String> environment) throws Exception {
    String controller = "--controller=localhost:" + (9990 + PORT_OFFSET);
    List<String> command = new ArrayList<>();
    if (cliArguments.isEmpty()) {
      command.addAll(List.of(script("store-secrets.sh"), "--connect", controller));
    } else {
      command.addAll(List.of(home.resolve("bin/jboss-cli.sh").toString(), "--connect", controller));
      command.addAll(cliArguments);
    }
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("JBOSS_HOME", home.toString());
    builder.environment().putAll(environment);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes());
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "finished: " + command);
    assertEquals(0, process.exitValue(), command + " said: " + output);
    assertFalse(output.contains(KEY), "the key is never printed: " + output);
  }

  /** The answer's status, or -1 while the server does not answer (it is reloading). */
  private static int status(java.util.function.Supplier<ModuleApi.Answer> request) {
    try {
      return request.get().status();
    } catch (AssertionError notAnswering) {
      return -1;
    }
  }

  private static String script(String name) {
    return Path.of("wildfly-config", name).toAbsolutePath().toString();
  }
}
