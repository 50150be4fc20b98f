package com.quoox.xero.settings;

import java.util.Optional;

/**
 * Whether "Connect to Xero" can start on this server, and if not, why in words an owner can pass
 * on. The settings page asks before it offers the button, so nobody lands on a bare error page.
 *
 * @param reason empty when available
 */
public record OAuthAvailability(boolean available, String reason) {

  static final String SWITCHED_OFF =
      "Connect to Xero is switched off on this server for now. Use a Custom Connection, or ask"
          + " Quoox support when it will be back.";

  static final String NOT_SET_UP =
      "Connect to Xero is not set up on this server yet (Quoox's app at Xero has no %s). Use a"
          + " Custom Connection, or ask Quoox support to finish the set-up.";

  /**
   * @param enabled the operator's switch ({@code quoox.xero.oauth.enabled}), e.g. off while the
   *     app's secret is being replaced
   */
  static OAuthAvailability of(
      boolean enabled,
      Optional<String> clientId,
      Optional<String> clientSecret,
      Optional<String> redirectUri) {
    if (!enabled) {
      return new OAuthAvailability(false, SWITCHED_OFF);
    }
    String missing =
        blank(clientId)
            ? "client id"
            : blank(clientSecret)
                ? "client secret"
                : blank(redirectUri) ? "redirect address" : null;
    return missing == null
        ? new OAuthAvailability(true, "")
        : new OAuthAvailability(false, String.format(NOT_SET_UP, missing));
  }

  private static boolean blank(Optional<String> value) {
    return value.filter(v -> !v.isBlank()).isEmpty();
  }
}
