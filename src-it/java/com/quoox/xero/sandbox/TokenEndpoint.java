package com.quoox.xero.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /connect/token}: Xero identity's token endpoint for the client_credentials grant used
 * by Custom Connections, with the client authenticating by HTTP Basic (or, as Xero also accepts,
 * form fields).
 */
final class TokenEndpoint implements Endpoint {

  static final String SCOPES =
      "accounting.transactions accounting.settings.read accounting.contacts";

  private final TokenRegistry tokens;

  TokenEndpoint(TokenRegistry tokens) {
    this.tokens = tokens;
  }

  @Override
  public SandboxResponse answer(SandboxRequest request) {
    if (!request.method().equals("POST")) {
      return SandboxResponse.text(405, "text/plain", "Method Not Allowed");
    }
    Map<String, List<String>> form = SandboxRequest.parseForm(request.body());
    if (!"client_credentials".equals(first(form, "grant_type"))) {
      return error("unsupported_grant_type");
    }
    String[] credentials =
        basicCredentials(request)
            .orElse(new String[] {first(form, "client_id"), first(form, "client_secret")});
    return tokens
        .issue(credentials[0], credentials[1])
        .map(this::granted)
        .orElse(error("invalid_client"));
  }

  private SandboxResponse granted(String token) {
    ObjectNode body = XeroJson.object();
    body.put("access_token", token);
    body.put("expires_in", TokenRegistry.TOKEN_LIFETIME.toSeconds());
    body.put("token_type", "Bearer");
    body.put("scope", SCOPES);
    return SandboxResponse.json(200, XeroJson.write(body));
  }

  private static Optional<String[]> basicCredentials(SandboxRequest request) {
    String authorization = request.header("Authorization");
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    String decoded =
        new String(
            Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
    int colon = decoded.indexOf(':');
    return colon < 0
        ? Optional.empty()
        : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
  }

  private static SandboxResponse error(String code) {
    return SandboxResponse.json(400, "{\"error\":\"" + code + "\"}");
  }

  private static String first(Map<String, List<String>> form, String name) {
    List<String> values = form.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
