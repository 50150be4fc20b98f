package com.quoox.xero.sandbox.identity;

import com.quoox.xero.sandbox.http.Endpoint;
import com.quoox.xero.sandbox.http.SandboxRequest;
import com.quoox.xero.sandbox.http.SandboxResponse;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /connect/revocation} (RFC 7009): the app revokes a refresh token, which ends the
 * whole grant, as Xero removes the app's connections with it. Answers 200 even for an unknown token
 * (§2.2), 400 invalid_client when the app does not authenticate.
 */
public final class RevocationEndpoint implements Endpoint {

  private final OAuthApps apps;
  private final RefreshTokens refreshTokens;

  public RevocationEndpoint(OAuthApps apps, RefreshTokens refreshTokens) {
    this.apps = apps;
    this.refreshTokens = refreshTokens;
  }

  @Override
  public SandboxResponse answer(SandboxRequest request) {
    if (!request.method().equals("POST")) {
      return SandboxResponse.text(405, "text/plain", "Method Not Allowed");
    }
    Map<String, List<String>> form = SandboxRequest.parseForm(request.body());
    var app = apps.authenticate(ClientAuthentication.of(request, form));
    if (app.isEmpty()) {
      return TokenEndpoint.error("invalid_client");
    }
    String token = ClientAuthentication.field(form, "token");
    if (token == null) {
      return TokenEndpoint.error("invalid_request");
    }
    refreshTokens.revoke(token, app.get().clientId());
    return new SandboxResponse(200, null, null, Map.of());
  }
}
