package com.quoox.xero.sandbox.identity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.quoox.xero.sandbox.SandboxTenant;
import com.quoox.xero.sandbox.http.Endpoint;
import com.quoox.xero.sandbox.http.SandboxRequest;
import com.quoox.xero.sandbox.http.SandboxResponse;
import com.quoox.xero.sandbox.http.XeroJson;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code POST /connect/token}: Xero identity's token endpoint. client_credentials for Custom
 * Connections; authorization_code (with PKCE) and refresh_token for "Connect to Xero" apps. The
 * client authenticates by HTTP Basic or, as Xero also accepts, form fields; errors are RFC 6749
 * §5.2 bodies with status 400, as Xero answers them.
 */
public final class TokenEndpoint implements Endpoint {

  private final TokenRegistry tokens;
  private final OAuthApps apps;
  private final CodeExchange codeExchange;
  private final RefreshTokens refreshTokens;
  private final Map<UUID, SandboxTenant> tenants;

  public TokenEndpoint(
      TokenRegistry tokens,
      OAuthApps apps,
      AuthorizationCodes codes,
      RefreshTokens refreshTokens,
      Map<UUID, SandboxTenant> tenants) {
    this.tenants = tenants;
    this.tokens = tokens;
    this.apps = apps;
    this.codeExchange = new CodeExchange(codes, refreshTokens);
    this.refreshTokens = refreshTokens;
  }

  @Override
  public SandboxResponse answer(SandboxRequest request) {
    if (!request.method().equals("POST")) {
      return SandboxResponse.text(405, "text/plain", "Method Not Allowed");
    }
    Map<String, List<String>> form = SandboxRequest.parseForm(request.body());
    ClientAuthentication client = ClientAuthentication.of(request, form);
    String grantType = ClientAuthentication.field(form, "grant_type");
    if ("client_credentials".equals(grantType)) {
      return tokens
          .issue(client.clientId(), client.clientSecret())
          .map(this::granted)
          .orElse(error("invalid_client"));
    }
    if (!"authorization_code".equals(grantType) && !"refresh_token".equals(grantType)) {
      return error("unsupported_grant_type");
    }
    Optional<OAuthApps.OAuthApp> app = apps.authenticate(client);
    if (app.isEmpty()) {
      return error("invalid_client");
    }
    Optional<TokenPair> pair =
        grantType.equals("authorization_code")
            ? codeExchange.exchange(app.get(), form)
            : refreshTokens.refresh(
                ClientAuthentication.field(form, "refresh_token"), app.get().clientId());
    return pair.map(p -> SandboxResponse.json(200, p.json())).orElse(error("invalid_grant"));
  }

  /** The scopes of the connection, less those its organisation took back since. */
  private SandboxResponse granted(String token) {
    Authorisation connection = tokens.grant(token).orElseThrow().authorisation();
    SandboxTenant tenant = tenants.get(connection.connections().get(0).tenantId());
    ObjectNode body = XeroJson.object();
    body.put("access_token", token);
    body.put("expires_in", TokenRegistry.TOKEN_LIFETIME.toSeconds());
    body.put("token_type", "Bearer");
    body.put("scope", Scopes.format(tenant.granted(connection.scopes())));
    return SandboxResponse.json(200, XeroJson.write(body));
  }

  public static SandboxResponse error(String code) {
    return SandboxResponse.json(400, "{\"error\":\"" + code + "\"}");
  }
}
