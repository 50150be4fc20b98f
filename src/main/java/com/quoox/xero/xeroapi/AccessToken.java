package com.quoox.xero.xeroapi;

import java.time.Duration;

/**
 * A bearer token from Xero's identity service, how long it lives, and the scopes Xero granted with
 * it (space-separated, as in the token answer; null when Xero named none).
 */
public record AccessToken(String value, Duration expiresIn, String scope) {

  @Override
  public String toString() {
    return "AccessToken[expiresIn=" + expiresIn + "]"; // never the token itself
  }
}
