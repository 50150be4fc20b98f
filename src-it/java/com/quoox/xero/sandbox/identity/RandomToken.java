package com.quoox.xero.sandbox.identity;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * An unguessable opaque string (access token, refresh token, authorization code): 256 random bits,
 * base64url, so tests cannot accidentally rely on a token's shape.
 */
public final class RandomToken {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** Every token and code handed out, so tests can look for them where they must never be. */
  private static final Queue<String> ISSUED = new ConcurrentLinkedQueue<>();

  private RandomToken() {}

  public static String next() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    ISSUED.add(token);
    return token;
  }

  public static List<String> issued() {
    return List.copyOf(ISSUED);
  }
}
