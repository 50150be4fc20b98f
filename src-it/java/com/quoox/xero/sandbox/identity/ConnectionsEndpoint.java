package com.quoox.xero.sandbox.identity;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.quoox.xero.sandbox.SandboxTenant;
import com.quoox.xero.sandbox.http.Endpoint;
import com.quoox.xero.sandbox.http.SandboxRequest;
import com.quoox.xero.sandbox.http.SandboxResponse;
import com.quoox.xero.sandbox.http.XeroErrors;
import com.quoox.xero.sandbox.http.XeroJson;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code GET /connections}: the organisations a bearer token may reach (one for a Custom
 * Connection, those the user picked for an OAuth 2.0 app), and {@code DELETE /connections/{id}},
 * which disconnects one so the token can no longer act for it, as in xero-identity.yaml.
 */
public final class ConnectionsEndpoint implements Endpoint {

  private static final DateTimeFormatter XERO_DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSS");

  private final TokenRegistry tokens;
  private final Map<UUID, SandboxTenant> tenants;
  private final RefreshTokens refreshTokens;

  public ConnectionsEndpoint(
      TokenRegistry tokens, Map<UUID, SandboxTenant> tenants, RefreshTokens refreshTokens) {
    this.refreshTokens = refreshTokens;
    this.tokens = tokens;
    this.tenants = tenants;
  }

  @Override
  public SandboxResponse answer(SandboxRequest request) {
    var grant = tokens.grant(request.bearerToken()).filter(g -> !g.expired());
    if (grant.isEmpty()) {
      return XeroErrors.unauthorized("AuthenticationUnsuccessful");
    }
    Authorisation authorisation = grant.get().authorisation();
    String id = request.path().replaceFirst("(?i)^/connections/?", "");
    if (request.method().equals("GET") && id.isEmpty()) {
      return list(authorisation, request.param("authEventId"));
    }
    if (request.method().equals("DELETE") && !id.isEmpty()) {
      Optional<UUID> connection = connectionId(id).filter(authorisation::disconnect);
      // One connection per user, app and organisation: other grants sharing it lose it too.
      connection.ifPresent(refreshTokens::disconnectEverywhere);
      return connection.isPresent()
          ? new SandboxResponse(204, null, null, Map.of())
          : XeroErrors.notFound();
    }
    return SandboxResponse.text(405, "text/plain", "Method Not Allowed");
  }

  private SandboxResponse list(Authorisation authorisation, String authEventId) {
    ArrayNode body = XeroJson.MAPPER.createArrayNode();
    for (TenantConnection connection : authorisation.connections()) {
      if (authEventId != null && !connection.authEventId().toString().equals(authEventId)) {
        continue;
      }
      SandboxTenant tenant = tenants.get(connection.tenantId());
      if (tenant.disconnectedAtXero()) {
        continue;
      }
      ObjectNode json = body.addObject();
      json.put("id", connection.id().toString());
      json.put("authEventId", connection.authEventId().toString());
      json.put("tenantId", tenant.tenantId());
      json.put("tenantType", "ORGANISATION");
      json.put("tenantName", tenant.name());
      json.put("createdDateUtc", xeroDateTime(connection.createdAt()));
      json.put("updatedDateUtc", xeroDateTime(connection.createdAt()));
    }
    return SandboxResponse.json(200, XeroJson.write(body));
  }

  /** Xero writes these as UTC date-times without an offset, e.g. 2019-07-09T23:40:30.1833130 */
  private static String xeroDateTime(Instant instant) {
    return XERO_DATE_TIME.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  private static Optional<UUID> connectionId(String text) {
    try {
      return Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }
}
