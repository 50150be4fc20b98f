package com.quoox.xero.connection;

import static com.quoox.xero.connection.OAuthPercentEncoding.encode;
import static java.util.stream.Collectors.joining;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The OAuth 1.0a signature base string (RFC 5849 §3.4.1): the exact text both sides sign, so any
 * difference in normalisation from Xero's makes the signature fail.
 */
final class SignatureBaseString {

  private SignatureBaseString() {}

  /** RFC 5849 §3.4.1.1: method, base string URI and normalised parameters, each encoded. */
  static String of(
      String method,
      URI uri,
      Map<String, List<String>> formParams,
      Map<String, String> protocolParams) {
    return encode(method.toUpperCase(Locale.ROOT))
        + '&'
        + encode(baseStringUri(uri))
        + '&'
        + encode(normalizedParameters(uri, formParams, protocolParams));
  }

  /** RFC 5849 §3.4.1.2: lower-case scheme and host, default port dropped, no query. */
  private static String baseStringUri(URI uri) {
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    boolean defaultPort =
        port == -1
            || (port == 80 && scheme.equals("http"))
            || (port == 443 && scheme.equals("https"));
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return scheme
        + "://"
        + uri.getHost().toLowerCase(Locale.ROOT)
        + (defaultPort ? "" : ":" + port)
        + path;
  }

  /**
   * RFC 5849 §3.4.1.3: query, form body and protocol parameters (without realm and the signature
   * itself), each name and value encoded, sorted by name then value, joined as {@code n=v&…}.
   */
  private static String normalizedParameters(
      URI uri, Map<String, List<String>> formParams, Map<String, String> protocolParams) {
    List<String[]> pairs = new ArrayList<>(queryParameters(uri.getRawQuery()));
    formParams.forEach((name, values) -> values.forEach(v -> pairs.add(new String[] {name, v})));
    protocolParams.entrySet().stream()
        .filter(p -> !p.getKey().equals("realm") && !p.getKey().equals("oauth_signature"))
        .forEach(p -> pairs.add(new String[] {p.getKey(), p.getValue()}));
    // Encoded names and values are ASCII, so String order is the byte order §3.4.1.3.2 asks for.
    return pairs.stream()
        .map(p -> new String[] {encode(p[0]), encode(p[1])})
        .sorted(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]))
        .map(p -> p[0] + '=' + p[1])
        .collect(joining("&"));
  }

  /** §3.4.1.3.1: the query is decoded as application/x-www-form-urlencoded ('+' is a space). */
  private static List<String[]> queryParameters(String rawQuery) {
    List<String[]> pairs = new ArrayList<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return pairs;
    }
    for (String pair : rawQuery.split("&")) {
      if (!pair.isEmpty()) {
        int eq = pair.indexOf('=');
        String name = eq < 0 ? pair : pair.substring(0, eq);
        String value = eq < 0 ? "" : pair.substring(eq + 1);
        pairs.add(new String[] {formDecode(name), formDecode(value)});
      }
    }
    return pairs;
  }

  private static String formDecode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
