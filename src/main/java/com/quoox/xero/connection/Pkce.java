package com.quoox.xero.connection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Proof Key for Code Exchange (RFC 7636) for "Connect to Xero": the verifier stays with us, Xero
 * gets only its S256 challenge, so an intercepted authorisation code is useless to anyone else.
 */
record Pkce(String verifier) {

  /** The only method we send: RFC 7636 §4.2 says a client able to use S256 must. */
  static final String METHOD = "S256";

  /** RFC 7636 §4.1: 43 to 128 characters from the unreserved set. */
  private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");

  private static final SecureRandom RANDOM = new SecureRandom();

  Pkce {
    if (verifier == null || !VERIFIER.matcher(verifier).matches()) {
      throw new IllegalArgumentException(
          "A PKCE code verifier is 43 to 128 characters of A-Z a-z 0-9 - . _ ~");
    }
  }

  /** RFC 7636 §4.1: 32 random octets, base64url without padding, give a 43-character verifier. */
  static Pkce create() {
    byte[] octets = new byte[32];
    RANDOM.nextBytes(octets);
    return new Pkce(Base64.getUrlEncoder().withoutPadding().encodeToString(octets));
  }

  /** RFC 7636 §4.2: BASE64URL-ENCODE(SHA256(ASCII(code_verifier))). */
  String challenge() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /** Leaves the verifier out: it is the secret half. */
  @Override
  public String toString() {
    return "Pkce[challenge=" + challenge() + "]";
  }
}
