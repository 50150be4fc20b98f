package com.quoox.xero.sandbox;

import com.quoox.xero.sandbox.faults.NetworkLatency;
import com.quoox.xero.sandbox.faults.SandboxLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the sandbox as a standalone process, with one Custom Connection ({@code demo-client} /
 * {@code demo-secret}, organisation "Demo Coffee Ltd"), until the process is stopped: for the demo,
 * and for the benchmark, which wants the sandbox's work off its own and the module's JVM.
 */
public final class XeroSandboxMain {

  private XeroSandboxMain() {}

  /**
   * Arguments: [port (default 18089)] [path of xero_accounting.yaml (default: the copy in this
   * repository, see {@link XeroSandbox#contract()})], then options: {@code --latency PT0.4S} and
   * {@code --jitter PT0.1S} (added to each API call; default none) and {@code --no-contract-check}.
   */
  public static void main(String[] args) throws InterruptedException {
    List<String> positional = new ArrayList<>();
    Duration latency = Duration.ZERO;
    Duration jitter = Duration.ZERO;
    boolean checksContract = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--latency" -> latency = Duration.parse(args[++i]);
        case "--jitter" -> jitter = Duration.parse(args[++i]);
        case "--no-contract-check" -> checksContract = false;
        default -> positional.add(args[i]);
      }
    }
    int port = positional.size() > 0 ? Integer.parseInt(positional.get(0)) : 18089;
    Path spec = positional.size() > 1 ? Path.of(positional.get(1)) : XeroSandbox.contract();
    SandboxSetup setup =
        new SandboxSetup(SandboxLimits.xero(), new NetworkLatency(latency, jitter), checksContract);
    XeroSandbox sandbox = XeroSandbox.start(port, spec, setup);
    String tenantId = sandbox.addCustomConnection("demo-client", "demo-secret", "Demo Coffee Ltd");
    Runtime.getRuntime().addShutdownHook(new Thread(sandbox::stop));
    System.out.println(
        "Xero sandbox ready (spec loaded in " + sandbox.specLoadTime().toMillis() + " ms)");
    System.out.println(
        "  latency "
            + setup.latency()
            + ", contract "
            + (checksContract ? "checked" : "unchecked"));
    System.out.println(
        "  token URL        "
            + sandbox.tokenUrl()
            + "  (client_credentials: demo-client / demo-secret)");
    System.out.println("  connections URL  " + sandbox.connectionsUrl());
    System.out.println("  API base URL     " + sandbox.apiBaseUrl());
    System.out.println("  tenant id        " + tenantId + "  (Demo Coffee Ltd)");
    System.out.println("  what Xero holds  " + sandbox.baseUrl() + "/_sandbox/");
    Thread.currentThread().join();
  }
}
