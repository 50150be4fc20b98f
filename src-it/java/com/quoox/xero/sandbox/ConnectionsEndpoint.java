package com.quoox.xero.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * {@code GET /connections}: the organisations a bearer token may reach (one for a Custom
 * Connection), as in xero-identity.yaml.
 */
final class ConnectionsEndpoint implements Endpoint {

  private final TokenRegistry tokens;
  private final Map<UUID, SandboxTenant> tenants;

  ConnectionsEndpoint(TokenRegistry tokens, Map<UUID, SandboxTenant> tenants) {
    this.tokens = tokens;
    this.tenants = tenants;
  }

  @Override
  public SandboxResponse answer(SandboxRequest request) {
    var grant = tokens.grant(request.bearerToken()).filter(g -> !g.expired());
    if (grant.isEmpty()) {
      return XeroErrors.unauthorized("AuthenticationUnsuccessful");
    }
    SandboxTenant tenant = tenants.get(grant.get().tenantId());
    // Xero writes these as UTC date-times without an offset, e.g. 2019-07-09T23:40:30.1833130
    String connected =
        LocalDateTime.ofInstant(tenant.connectedAt(), ZoneOffset.UTC)
            .truncatedTo(ChronoUnit.MILLIS)
            .toString();
    ArrayNode body = XeroJson.MAPPER.createArrayNode();
    ObjectNode connection = body.addObject();
    connection.put("id", grant.get().connection().connectionId().toString());
    connection.put("authEventId", grant.get().connection().connectionId().toString());
    connection.put("tenantId", tenant.tenantId());
    connection.put("tenantType", "ORGANISATION");
    connection.put("tenantName", tenant.name());
    connection.put("createdDateUtc", connected);
    connection.put("updatedDateUtc", connected);
    return SandboxResponse.json(200, XeroJson.write(body));
  }
}
