package com.quoox.xero.sandbox.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Authorization codes between the consent redirect and the token request: bound to the app, its
 * redirect URI and the PKCE challenge, valid 5 minutes (Xero's lifetime), and single use — a code
 * is spent by the first token request that names it, whether or not that request succeeds.
 */
public final class AuthorizationCodes {

  public static final Duration LIFETIME = Duration.ofMinutes(5);

  /** What the user consented to, waiting for the app to exchange the code. */
  public record Consent(
      String clientId,
      String redirectUri,
      String scope,
      PkceChallenge challenge,
      List<UUID> tenantIds,
      Instant expiresAt) {

    boolean expired() {
      return Instant.now().isAfter(expiresAt);
    }
  }

  private final Map<String, Consent> codes = new ConcurrentHashMap<>();

  public String issue(
      String clientId,
      String redirectUri,
      String scope,
      PkceChallenge challenge,
      List<UUID> tenantIds) {
    String code = RandomToken.next();
    codes.put(
        code,
        new Consent(
            clientId, redirectUri, scope, challenge, tenantIds, Instant.now().plus(LIFETIME)));
    return code;
  }

  /** Removes the code atomically, so two concurrent exchanges cannot both get tokens. */
  public Optional<Consent> spend(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(codes.remove(code));
  }
}
