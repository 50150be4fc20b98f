package com.quoox.xero.sandbox;

import java.nio.file.Path;

/**
 * Runs the sandbox as a standalone process for the demo, with one Custom Connection ({@code
 * demo-client} / {@code demo-secret}, organisation "Demo Coffee Ltd"), until the process is
 * stopped.
 */
public final class XeroSandboxMain {

  private XeroSandboxMain() {}

  /**
   * Arguments: [port (default 18089)] [path of xero_accounting.yaml (default: the copy in this
   * repository, see {@link XeroSandbox#contract()})].
   */
  public static void main(String[] args) throws InterruptedException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 18089;
    Path spec = args.length > 1 ? Path.of(args[1]) : XeroSandbox.contract();
    XeroSandbox sandbox = XeroSandbox.start(port, spec);
    String tenantId = sandbox.addCustomConnection("demo-client", "demo-secret", "Demo Coffee Ltd");
    Runtime.getRuntime().addShutdownHook(new Thread(sandbox::stop));
    System.out.println(
        "Xero sandbox ready (spec loaded in " + sandbox.specLoadTime().toMillis() + " ms)");
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
