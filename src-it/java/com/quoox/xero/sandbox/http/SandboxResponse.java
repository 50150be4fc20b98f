package com.quoox.xero.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An HTTP answer before it is written, so idempotent replays and fault injection can keep or alter
 * it. A null body with status 0 means "close the connection without answering".
 */
public record SandboxResponse(
    int status, String contentType, byte[] body, Map<String, String> headers) {

  public static final SandboxResponse NO_ANSWER = new SandboxResponse(0, null, null, Map.of());

  public static SandboxResponse json(int status, String json) {
    return new SandboxResponse(
        status, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  public static SandboxResponse text(int status, String contentType, String text) {
    return new SandboxResponse(
        status, contentType, text.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  public SandboxResponse withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new SandboxResponse(status, contentType, body, more);
  }

  public SandboxResponse withHeaders(Map<String, String> extra) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.putAll(extra);
    return new SandboxResponse(status, contentType, body, more);
  }

  public boolean isAnswer() {
    return status != 0;
  }

  public String bodyText() {
    return body == null ? "" : new String(body, StandardCharsets.UTF_8);
  }

  /**
   * Writes this answer, or drops the connection unanswered to leave the client not knowing the
   * outcome.
   */
  public void writeTo(HttpExchange exchange) throws IOException {
    if (!isAnswer()) {
      exchange.close();
      return;
    }
    headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    if (contentType != null) {
      exchange.getResponseHeaders().set("Content-Type", contentType);
    }
    byte[] bytes = body == null ? new byte[0] : body;
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
