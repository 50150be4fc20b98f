package com.quoox.xero.benchmark;

import com.quoox.xero.benchmark.shop.SaleBurstResource;
import com.quoox.xero.it.support.ModuleDeployment;
import com.quoox.xero.it.support.WildFlyNode;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

/**
 * The benchmark's WildFly nodes: the build's installation, each in a fresh base directory at port
 * offset {@code bench.port.offset + 100 × (n - 1)}, with the module as built plus the demo shop and
 * the benchmark's resources, pointed at the sandbox and the run's database, sharing one key (so
 * every node reads the secrets another stored).
 */
final class ModuleNodes {

  private final BenchmarkSettings settings;
  private final BenchmarkDatabase database;
  private final String sandboxUrl;
  private final String key;

  ModuleNodes(BenchmarkSettings settings, BenchmarkDatabase database, String sandboxUrl) {
    this.settings = settings;
    this.database = database;
    this.sandboxUrl = sandboxUrl;
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes); // the run's database starts empty: a fresh key will do
    this.key = Base64.getEncoder().encodeToString(bytes);
  }

  /** Node {@code n} (1, 2), not yet started. */
  WildFlyNode node(int n) {
    Path home = settings.jbossHome();
    Path base =
        home.getParent().resolve(home.getFileName() + "-benchmark-node" + (n == 1 ? "" : n));
    WildFlyNode node =
        WildFlyNode.inFreshBase(home, base, portOffset(n))
            .usingXeroAt(sandboxUrl)
            .property("quoox.xero.encryption-key", key)
            // the owner of the entries a node claims: must differ between nodes on one database
            .property("jboss.node.name", "bench-node-" + n);
    return database
        .serve(node)
        .deploy(ModuleDeployment.withDemoShop().addPackage(SaleBurstResource.class.getPackage()));
  }

  int portOffset(int n) {
    return settings.portOffset() + 100 * (n - 1);
  }

  static void start(WildFlyNode node) {
    node.start();
    node.awaitModule(Duration.ofMinutes(3));
  }
}
