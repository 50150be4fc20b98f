package com.quoox.xero.sandbox.identity;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The protocol parameters of an {@code Authorization: OAuth k="v", ...} header (RFC 5849 §3.5.1),
 * percent-decoded.
 */
public final class OAuth1Header {

  private static final Pattern PARAMETER =
      Pattern.compile("([A-Za-z0-9_\\-.~%]+)\\s*=\\s*\"([^\"]*)\"");

  private OAuth1Header() {}

  public static boolean isOAuth(String authorization) {
    return authorization != null && authorization.regionMatches(true, 0, "OAuth ", 0, 6);
  }

  public static Map<String, String> parameters(String authorization) {
    Map<String, String> parameters = new LinkedHashMap<>();
    Matcher matcher = PARAMETER.matcher(authorization.substring(6));
    while (matcher.find()) {
      parameters.put(decode(matcher.group(1)), decode(matcher.group(2)));
    }
    return parameters;
  }

  /** Percent-decoding only: in OAuth's encoding a '+' is a plus, not a space. */
  private static String decode(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
