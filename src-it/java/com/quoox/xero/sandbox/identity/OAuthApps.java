package com.quoox.xero.sandbox.identity;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OAuth 2.0 apps registered in Xero's developer portal: client id, secret and the one redirect
 * URI Xero accepts for them (exact match, as Xero compares it).
 */
public final class OAuthApps {

  /**
   * A registered app; a null secret makes it a PKCE-only public client (mobile, desktop). {@code
   * scopes} are the API scopes it may ask for (identity scopes are always allowed).
   */
  public record OAuthApp(
      String clientId, String clientSecret, String redirectUri, Set<String> scopes) {
    boolean publicClient() {
      return clientSecret == null;
    }
  }

  private final Map<String, OAuthApp> apps = new ConcurrentHashMap<>();

  public void register(OAuthApp app) {
    if (apps.putIfAbsent(app.clientId(), app) != null) {
      throw new IllegalArgumentException("client id already registered: " + app.clientId());
    }
  }

  public Optional<OAuthApp> find(String clientId) {
    return clientId == null ? Optional.empty() : Optional.ofNullable(apps.get(clientId));
  }

  /** The app when the client proved who it is: its secret, or only its id for a public client. */
  public Optional<OAuthApp> authenticate(ClientAuthentication client) {
    return find(client.clientId())
        .filter(
            app ->
                app.publicClient()
                    ? client.clientSecret() == null
                    : app.clientSecret().equals(client.clientSecret()));
  }
}
