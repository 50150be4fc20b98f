package com.quoox.xero.it.support;

import com.quoox.xero.sandbox.XeroSandbox;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * WildFly nodes of the build's PostgreSQL installation ({@code server-pg}), beside the Arquillian
 * one and on the same database (the environment's {@code QUOOX_XERO_DB_*}, which each node
 * inherits): the module as built with the demo shop, a node name of its own (the owner of the
 * entries it claims), a short lease, and the port offset {@code it.port.offset + offsetAbove}.
 */
public final class PostgresNodes {

  /** Why a test runs only in the PostgreSQL run; H2 is one in-process database per server. */
  public static final String NEEDS_POSTGRESQL =
      "needs PostgreSQL: nodes share one database only there, and only there can the database go"
          + " away while WildFly runs (mvn verify -Ppostgresql, .ci/run)";

  private PostgresNodes() {}

  /** A node not yet started, in a fresh base directory beside the installation. */
  public static WildFlyNode node(String name, int offsetAbove, XeroSandbox sandbox) {
    Path home = Path.of(System.getProperty("jboss.home"));
    Path base = home.getParent().resolve(home.getFileName() + "-" + name);
    return WildFlyNode.inFreshBase(
            home, base, Integer.getInteger("it.port.offset", 0) + offsetAbove)
        .usingXeroAt(sandbox.baseUrl())
        .property("jboss.node.name", name)
        // Names the node's database sessions, so a test can end this node's sessions only.
        .environment("QUOOX_XERO_DB_URL", TestDatabase.fromEnvironment().urlFor(name))
        .property("quoox.xero.authorize-url", sandbox.authorizeUrl())
        .property("quoox.xero.encryption-key", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=")
        .property("quoox.xero.dispatch.interval", "PT1S")
        .property("quoox.xero.dispatch.retry-delay", "PT1S")
        // Short, so entries a node claimed just before the database went away are sent soon after.
        .property("quoox.xero.dispatch.lease", "PT10S")
        .property("quoox.xero.http.timeout", "PT2S")
        .deploy(ModuleDeployment.withDemoShop());
  }

  /** Starts the nodes side by side and waits until each serves the module. */
  public static void startAll(List<WildFlyNode> nodes) {
    nodes.forEach(WildFlyNode::start);
    nodes.forEach(node -> node.awaitModule(Duration.ofMinutes(3)));
  }

  public static void stopAll(List<WildFlyNode> nodes) {
    nodes.forEach(WildFlyNode::stop);
  }

  /** The server log of the node named {@code name}, where each sync outcome is one line. */
  public static Path consoleLog(String name) {
    Path home = Path.of(System.getProperty("jboss.home"));
    return home.getParent().resolve(home.getFileName() + "-" + name).resolve("console.log");
  }
}
