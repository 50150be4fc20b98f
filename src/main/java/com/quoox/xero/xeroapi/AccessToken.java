package com.quoox.xero.xeroapi;

import java.time.Duration;

/** A bearer token from Xero's identity service and how long it lives. */
public record AccessToken(String value, Duration expiresIn) {

  @Override
  public String toString() {
    return "AccessToken[expiresIn=" + expiresIn + "]"; // never the token itself
  }
}
