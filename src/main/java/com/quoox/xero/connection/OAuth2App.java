package com.quoox.xero.connection;

import com.quoox.xero.xeroapi.XeroScopes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Quoox's own app at Xero, which every OAuth 2.0 connection goes through: its client id and secret
 * (from the credential store or the environment), redirect URI and scopes (DESIGN §3, §5).
 */
@ApplicationScoped
public class OAuth2App {

  @Inject
  @ConfigProperty(name = "quoox.xero.client-id")
  Optional<String> clientId;

  @Inject
  @ConfigProperty(name = "quoox.xero.client-secret")
  Optional<String> clientSecret;

  @Inject
  @ConfigProperty(name = "quoox.xero.redirect-uri")
  Optional<String> redirectUri;

  /**
   * Xero's granular scopes by default (apps created since March 2026 may ask for no others); an
   * older app may still ask for {@code accounting.transactions} instead.
   */
  @Inject
  @ConfigProperty(name = "quoox.xero.scopes", defaultValue = XeroScopes.DEFAULT_REQUEST)
  String scopes;

  String clientId() {
    return required(clientId, "quoox.xero.client-id");
  }

  String clientSecret() {
    return required(clientSecret, "quoox.xero.client-secret");
  }

  String redirectUri() {
    return required(redirectUri, "quoox.xero.redirect-uri");
  }

  String scopes() {
    return scopes;
  }

  private static String required(Optional<String> value, String key) {
    return value
        .filter(v -> !v.isBlank())
        .orElseThrow(
            () ->
                new ConnectionTestFailed(
                    "Connect to Xero is not set up on this server: " + key + " is missing"));
  }
}
