package com.quoox.xero.sandbox.console;

import com.quoox.xero.sandbox.http.Endpoint;
import com.quoox.xero.sandbox.http.SandboxRequest;
import com.quoox.xero.sandbox.http.SandboxResponse;

/**
 * {@code POST /_sandbox/custom-connections?clientId=…&clientSecret=…&organisation=…}: adds an
 * organisation reachable through that Custom Connection and answers its tenant id, as a person
 * would in Xero's developer portal; for a benchmark that runs the sandbox in a JVM of its own.
 */
public final class ProvisioningEndpoint implements Endpoint {

  public static final String PATH = "/_sandbox/custom-connections";

  /** What adds the connection: the sandbox's own {@code addCustomConnection}. */
  public interface CustomConnections {
    String add(String clientId, String clientSecret, String organisation);
  }

  private final CustomConnections connections;

  public ProvisioningEndpoint(CustomConnections connections) {
    this.connections = connections;
  }

  @Override
  public SandboxResponse answer(SandboxRequest request) {
    if (!request.method().equals("POST")) {
      return SandboxResponse.text(405, "text/plain", "POST only");
    }
    String clientId = request.param("clientId");
    String secret = request.param("clientSecret");
    String organisation = request.param("organisation");
    if (clientId == null || secret == null || organisation == null) {
      return SandboxResponse.text(
          400, "text/plain", "needs clientId, clientSecret and organisation");
    }
    String tenantId = connections.add(clientId, secret, organisation);
    return SandboxResponse.json(200, "{\"tenantId\":\"" + tenantId + "\"}");
  }
}
