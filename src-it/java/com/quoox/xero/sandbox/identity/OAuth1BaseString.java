package com.quoox.xero.sandbox.identity;

import static java.util.stream.Collectors.joining;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The OAuth 1.0a signature base string (RFC 5849 §3.4.1) rebuilt from the request as it arrived,
 * written independently of the module's signer so the sandbox really checks it rather than agreeing
 * with itself.
 */
public final class OAuth1BaseString {

  private OAuth1BaseString() {}

  /**
   * @param baseUri §3.4.1.2: scheme, host and port as the client addressed the server, and the path
   * @param parameters §3.4.1.3: query, form body and protocol parameters (decoded), without
   *     oauth_signature and realm
   */
  public static String of(
      String method, String baseUri, List<Map.Entry<String, String>> parameters) {
    String normalized =
        parameters.stream()
            .map(p -> Map.entry(encode(p.getKey()), encode(p.getValue())))
            // Encoded text is ASCII, so String order is the byte order §3.4.1.3.2 asks for.
            .sorted(
                Map.Entry.<String, String>comparingByKey()
                    .thenComparing(Map.Entry.comparingByValue()))
            .map(p -> p.getKey() + "=" + p.getValue())
            .collect(joining("&"));
    return encode(method.toUpperCase(Locale.ROOT))
        + "&"
        + encode(baseUri)
        + "&"
        + encode(normalized);
  }

  /** §3.4.1.2: lower-case scheme and host, the port only when it is not the scheme's default. */
  public static String baseUri(String scheme, String hostHeader, String rawPath) {
    String host = hostHeader.toLowerCase(Locale.ROOT);
    String defaultPort = scheme.equals("https") ? ":443" : ":80";
    if (host.endsWith(defaultPort)) {
      host = host.substring(0, host.length() - defaultPort.length());
    }
    return scheme + "://" + host + (rawPath == null || rawPath.isEmpty() ? "/" : rawPath);
  }

  /** §3.6: every byte but ALPHA, DIGIT, '-', '.', '_' and '~' as %XX with upper-case hex. */
  public static String encode(String text) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || "-._~".indexOf(c) >= 0) {
        encoded.append(c);
      } else {
        encoded.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return encoded.toString();
  }
}
