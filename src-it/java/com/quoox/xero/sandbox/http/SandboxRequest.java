package com.quoox.xero.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An HTTP request read once from the exchange (method, path, decoded query, headers, body) so the
 * pipeline stages (auth, limits, contract validation, idempotency, routing) can all look at it. The
 * raw path is kept because an OAuth 1.0a signature covers the path exactly as the client sent it.
 */
public record SandboxRequest(
    String method,
    String path,
    String rawQuery,
    Map<String, List<String>> query,
    Map<String, List<String>> headers,
    String body,
    String rawPath) {

  public static SandboxRequest read(HttpExchange exchange) throws IOException {
    String rawQuery = exchange.getRequestURI().getRawQuery();
    Map<String, List<String>> headers = new LinkedHashMap<>();
    exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values));
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    return new SandboxRequest(
        exchange.getRequestMethod().toUpperCase(),
        exchange.getRequestURI().getPath(),
        rawQuery,
        parseForm(rawQuery),
        headers,
        body,
        exchange.getRequestURI().getRawPath());
  }

  /** Decodes {@code a=1&b=2} as used by both query strings and form bodies. */
  public static Map<String, List<String>> parseForm(String encoded) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return values;
    }
    for (String pair : encoded.split("&")) {
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    return values;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase());
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * A query parameter, matched case-insensitively as Xero does ({@code summarizeErrors}, {@code
   * unitdp}).
   */
  public String param(String name) {
    return query.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
        .map(e -> e.getValue().get(0))
        .findFirst()
        .orElse(null);
  }

  public String bearerToken() {
    String authorization = header("Authorization");
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    return authorization.substring(7).trim();
  }

  public boolean isWrite() {
    return method.equals("POST") || method.equals("PUT");
  }
}
