package com.quoox.xero.connection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The OAuth 2.0 {@code state} value that ties Xero's redirect back to the sign-in we started,
 * against cross-site request forgery (RFC 6749 §10.12): unguessable, single use, compared in
 * constant time.
 */
final class OAuthState {

  /** 256 bits, well above the 128 bits RFC 6749 §10.10 asks of guess-proof values. */
  private static final int OCTETS = 32;

  private static final SecureRandom RANDOM = new SecureRandom();

  private OAuthState() {}

  /** A fresh state, base64url without padding so it needs no escaping in the authorise URL. */
  static String create() {
    byte[] octets = new byte[OCTETS];
    RANDOM.nextBytes(octets);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(octets);
  }

  /** Whether the state Xero sent back is the one we issued, without leaking how much matched. */
  static boolean matches(String issued, String returned) {
    if (issued == null || returned == null) {
      return false;
    }
    return MessageDigest.isEqual(
        issued.getBytes(StandardCharsets.UTF_8), returned.getBytes(StandardCharsets.UTF_8));
  }
}
