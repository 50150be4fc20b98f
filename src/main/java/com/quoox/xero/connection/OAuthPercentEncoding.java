package com.quoox.xero.connection;

import java.nio.charset.StandardCharsets;

/**
 * OAuth 1.0a percent-encoding (RFC 5849 §3.6): UTF-8 bytes, only the RFC 3986 unreserved characters
 * left as they are, every other byte as {@code %XX} with upper-case hex. Neither {@code URLEncoder}
 * (space as '+', '~' escaped) nor {@code URI} (leaves '!', '*' …) produce exactly this.
 */
final class OAuthPercentEncoding {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private OAuthPercentEncoding() {}

  static String encode(String value) {
    StringBuilder encoded = new StringBuilder(value.length() * 3);
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int octet = b & 0xFF;
      if (isUnreserved(octet)) {
        encoded.append((char) octet);
      } else {
        encoded.append('%').append(HEX[octet >> 4]).append(HEX[octet & 0x0F]);
      }
    }
    return encoded.toString();
  }

  /** ALPHA / DIGIT / "-" / "." / "_" / "~" (RFC 3986 §2.3). */
  private static boolean isUnreserved(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }
}
