package com.quoox.xero.sandbox.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The authorization_code grant (RFC 6749 §4.1.3 with RFC 7636 §4.6): the code must be unspent,
 * unexpired, issued to this app for this exact redirect URI, and the verifier must hash to the
 * challenge given at authorize; then the user's consent becomes a {@link UserGrant} with its first
 * token pair.
 */
public final class CodeExchange {

  private final AuthorizationCodes codes;
  private final RefreshTokens refreshTokens;

  public CodeExchange(AuthorizationCodes codes, RefreshTokens refreshTokens) {
    this.codes = codes;
    this.refreshTokens = refreshTokens;
  }

  /** Empty means invalid_grant. */
  public Optional<TokenPair> exchange(OAuthApps.OAuthApp app, Map<String, List<String>> form) {
    return codes
        .spend(ClientAuthentication.field(form, "code"))
        .filter(consent -> consent.clientId().equals(app.clientId()))
        .filter(consent -> !consent.expired())
        .filter(
            consent ->
                consent.redirectUri().equals(ClientAuthentication.field(form, "redirect_uri")))
        .filter(
            consent ->
                consent.challenge() == null
                    || consent
                        .challenge()
                        .matches(ClientAuthentication.field(form, "code_verifier")))
        .map(
            consent ->
                refreshTokens.start(
                    new UserGrant(
                        app.clientId(),
                        consent.scope(),
                        consent.tenantIds(),
                        tenantId -> refreshTokens.existingConnection(app.clientId(), tenantId))));
  }
}
