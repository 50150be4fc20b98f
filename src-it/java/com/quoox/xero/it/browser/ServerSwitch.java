package com.quoox.xero.it.browser;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URL;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;

/**
 * A system property of the test WildFly set for one test, through its management interface (as an
 * operator would with jboss-cli), and removed again when closed. The module reads such switches on
 * every request, so no redeployment is needed.
 */
final class ServerSwitch implements AutoCloseable {

  private final ModelControllerClient client;
  private final ModelNode address;

  private ServerSwitch(ModelControllerClient client, ModelNode address) {
    this.client = client;
    this.address = address;
  }

  static ServerSwitch set(URL deployment, String name, String value) throws IOException {
    int port = Integer.parseInt(System.getProperty("it.management.port", "9990"));
    ModelControllerClient client =
        ModelControllerClient.Factory.create(
            "remote+http", InetAddress.getByName(deployment.getHost()), port);
    ModelNode address = Operations.createAddress("system-property", name);
    ModelNode add = Operations.createAddOperation(address);
    add.get("value").set(value);
    execute(client, add);
    return new ServerSwitch(client, address);
  }

  private static void execute(ModelControllerClient client, ModelNode operation)
      throws IOException {
    ModelNode result = client.execute(operation);
    if (!Operations.isSuccessfulOutcome(result)) {
      throw new IOException(
          "WildFly refused " + operation + ": " + Operations.getFailureDescription(result));
    }
  }

  @Override
  public void close() throws IOException {
    try {
      execute(client, Operations.createRemoveOperation(address));
    } finally {
      client.close();
    }
  }
}
