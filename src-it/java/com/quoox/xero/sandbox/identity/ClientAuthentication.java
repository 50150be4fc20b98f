package com.quoox.xero.sandbox.identity;

import com.quoox.xero.sandbox.http.SandboxRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The client id and secret a caller of the token or revocation endpoint presented: HTTP Basic (RFC
 * 6749 §2.3.1) or, as Xero also accepts, the form fields {@code client_id} and {@code
 * client_secret}.
 */
public record ClientAuthentication(String clientId, String clientSecret) {

  public static ClientAuthentication of(SandboxRequest request, Map<String, List<String>> form) {
    String authorization = request.header("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded = decode(authorization.substring(6).trim());
      int colon = decoded.indexOf(':');
      if (colon >= 0) {
        return new ClientAuthentication(decoded.substring(0, colon), decoded.substring(colon + 1));
      }
    }
    return new ClientAuthentication(field(form, "client_id"), field(form, "client_secret"));
  }

  public static String field(Map<String, List<String>> form, String name) {
    List<String> values = form.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static String decode(String base64) {
    try {
      return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return "";
    }
  }
}
