package com.quoox.xero.sandbox.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A PKCE code challenge (RFC 7636), S256 only as Xero requires: the token request must present the
 * verifier whose SHA-256, base64url without padding, is this challenge.
 */
public record PkceChallenge(String value) {

  /** §4.1: 43 to 128 characters of [A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~". */
  private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9\\-._~]{43,128}");

  /** §4.2: an S256 challenge is 32 bytes in base64url, 43 characters. */
  private static final Pattern S256 = Pattern.compile("[A-Za-z0-9\\-_]{43}");

  public static boolean wellFormed(String challenge) {
    return challenge != null && S256.matcher(challenge).matches();
  }

  public boolean matches(String verifier) {
    if (verifier == null || !VERIFIER.matcher(verifier).matches()) {
      return false;
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      String expected = Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
      return MessageDigest.isEqual(
          expected.getBytes(StandardCharsets.US_ASCII), value.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
