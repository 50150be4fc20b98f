package com.quoox.xero.sandbox;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * An unguessable opaque string (access token, refresh token, authorization code): 256 random bits,
 * base64url, so tests cannot accidentally rely on a token's shape.
 */
final class RandomToken {

  private static final SecureRandom RANDOM = new SecureRandom();

  private RandomToken() {}

  static String next() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
