package com.quoox.xero.sandbox.identity;

import com.quoox.xero.sandbox.http.Endpoint;
import com.quoox.xero.sandbox.http.SandboxRequest;
import com.quoox.xero.sandbox.http.SandboxResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code GET /identity/connect/authorize}: Xero's login and consent pages without the pages. The
 * {@link SandboxUser} consents at once and the browser is sent back with a code. As RFC 6749
 * §4.1.2.1 requires, a request whose client or redirect URI cannot be trusted gets a 400 here and
 * is never redirected; every other problem is reported to the redirect URI with {@code error}.
 */
public final class AuthorizeEndpoint implements Endpoint {

  private final OAuthApps apps;
  private final SandboxUser user;
  private final AuthorizationCodes codes;

  public AuthorizeEndpoint(OAuthApps apps, SandboxUser user, AuthorizationCodes codes) {
    this.apps = apps;
    this.user = user;
    this.codes = codes;
  }

  @Override
  public SandboxResponse answer(SandboxRequest request) {
    if (!request.method().equals("GET")) {
      return SandboxResponse.text(405, "text/plain", "Method Not Allowed");
    }
    Optional<OAuthApps.OAuthApp> app = apps.find(single(request, "client_id"));
    if (app.isEmpty()) {
      return SandboxResponse.text(400, "text/plain; charset=utf-8", "unauthorized_client");
    }
    String redirectUri = single(request, "redirect_uri");
    if (!app.get().redirectUri().equals(redirectUri)) {
      return SandboxResponse.text(400, "text/plain; charset=utf-8", "Invalid redirect_uri");
    }
    String state = request.param("state");
    String problem = problem(request, app.get());
    if (problem != null) {
      return redirect(redirectUri, "error=" + problem, state);
    }
    List<UUID> picked = user.consent();
    if (picked.isEmpty()) {
      return redirect(redirectUri, "error=access_denied", state);
    }
    String challenge = request.param("code_challenge");
    String scope = request.param("scope").trim().replaceAll("\\s+", " ");
    String code =
        codes.issue(
            app.get().clientId(),
            redirectUri,
            scope,
            challenge == null ? null : new PkceChallenge(challenge),
            picked);
    return redirect(redirectUri, "code=" + encode(code) + "&scope=" + encode(scope), state);
  }

  /** The RFC 6749 §4.1.2.1 error code for what is wrong with the request, or null. */
  private static String problem(SandboxRequest request, OAuthApps.OAuthApp app) {
    if (request.query().values().stream().anyMatch(values -> values.size() > 1)) {
      return "invalid_request";
    }
    if (!"code".equals(request.param("response_type"))) {
      return "unsupported_response_type";
    }
    String scope = request.param("scope");
    if (scope == null || scope.isBlank()) {
      return "invalid_scope";
    }
    // An app asking for a scope it was not given (e.g. a new app asking for a broad scope) is
    // refused (https://developer.xero.com/faq/granular-scopes).
    boolean allowed =
        Scopes.parse(scope).stream()
            .allMatch(s -> Scopes.IDENTITY.contains(s) || app.scopes().contains(s));
    if (!allowed) {
      return "invalid_scope";
    }
    String challenge = request.param("code_challenge");
    if (challenge == null) {
      // PKCE is how a public client proves it is the one that asked; Xero requires it for them.
      return app.publicClient() ? "invalid_request" : null;
    }
    // Xero supports S256 only; a missing method means "plain" (RFC 7636 §4.3).
    boolean s256 = "S256".equals(request.param("code_challenge_method"));
    return s256 && PkceChallenge.wellFormed(challenge) ? null : "invalid_request";
  }

  private static String single(SandboxRequest request, String name) {
    List<String> values = request.query().get(name);
    return values == null || values.size() != 1 ? null : values.get(0);
  }

  private static SandboxResponse redirect(String redirectUri, String parameters, String state) {
    String location =
        redirectUri
            + (redirectUri.contains("?") ? "&" : "?")
            + parameters
            + (state == null ? "" : "&state=" + encode(state));
    return SandboxResponse.text(302, "text/plain; charset=utf-8", "Found")
        .withHeader("Location", location);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
