package com.quoox.xero.sandbox.identity;

import com.quoox.xero.sandbox.http.SandboxRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Legacy Xero private apps (OAuth 1.0a, RSA-SHA1; retired by Xero in 2021 but still a Quoox mode,
 * DESIGN §3): each consumer key is bound to one organisation and to the certificate uploaded for
 * it. A signed call is admitted only when its signature, rebuilt here from the request as it
 * arrived, verifies with the certificate's public key, its timestamp is within 5 minutes and its
 * nonce is new.
 */
public final class PrivateApps {

  public static final Duration TIMESTAMP_WINDOW = Duration.ofMinutes(5);

  private static final List<String> REQUIRED =
      List.of(
          "oauth_consumer_key",
          "oauth_token",
          "oauth_signature_method",
          "oauth_signature",
          "oauth_timestamp",
          "oauth_nonce");

  /** One private app: a private app's consumer key is also its token. */
  public record PrivateApp(
      String consumerKey, String consumerSecret, PublicKey key, UUID tenantId) {}

  private final Map<String, PrivateApp> apps = new ConcurrentHashMap<>();
  private final NonceLedger nonces = new NonceLedger(TIMESTAMP_WINDOW);

  public void add(PrivateApp app) {
    if (apps.putIfAbsent(app.consumerKey(), app) != null) {
      throw new IllegalArgumentException("consumer key already used: " + app.consumerKey());
    }
  }

  /** The user deleted the app in Xero's portal: its consumer key is unknown from now on. */
  public void remove(String consumerKey) {
    apps.remove(consumerKey);
  }

  /** The tenant the signed call may act for, or why it is refused. */
  public UUID verify(SandboxRequest request) throws OAuthProblem {
    Map<String, String> oauth = OAuth1Header.parameters(request.header("Authorization"));
    List<String> absent = REQUIRED.stream().filter(name -> !oauth.containsKey(name)).toList();
    if (!absent.isEmpty()) {
      throw new OAuthProblem("parameter_absent", "Missing " + String.join(", ", absent));
    }
    PrivateApp app = apps.get(oauth.get("oauth_consumer_key"));
    if (app == null) {
      throw new OAuthProblem("consumer_key_unknown", "Consumer key was not recognised");
    }
    if (!app.consumerKey().equals(oauth.get("oauth_token"))) {
      throw new OAuthProblem("token_rejected", "A private app's token is its consumer key");
    }
    if (!"RSA-SHA1".equals(oauth.get("oauth_signature_method"))) {
      throw new OAuthProblem("signature_method_rejected", "Private apps sign with RSA-SHA1");
    }
    if (oauth.containsKey("oauth_version") && !"1.0".equals(oauth.get("oauth_version"))) {
      throw new OAuthProblem("version_rejected", "Only OAuth 1.0 is supported");
    }
    long timestamp = timestamp(oauth.get("oauth_timestamp"));
    if (!signatureVerifies(app.key(), baseString(request, oauth), oauth.get("oauth_signature"))) {
      throw new OAuthProblem("signature_invalid", "Failed to validate signature");
    }
    if (!nonces.firstUse(app.consumerKey(), timestamp, oauth.get("oauth_nonce"))) {
      throw new OAuthProblem("nonce_used", "The nonce value has been used before");
    }
    return app.tenantId();
  }

  private static long timestamp(String text) throws OAuthProblem {
    long now = Instant.now().getEpochSecond();
    try {
      long timestamp = Long.parseLong(text);
      if (Math.abs(now - timestamp) <= TIMESTAMP_WINDOW.toSeconds()) {
        return timestamp;
      }
    } catch (NumberFormatException notANumber) {
      // refused below like any other unacceptable timestamp
    }
    long from = now - TIMESTAMP_WINDOW.toSeconds();
    long to = now + TIMESTAMP_WINDOW.toSeconds();
    throw new OAuthProblem(
        "timestamp_refused", "The timestamp must be between " + from + " and " + to);
  }

  /** RFC 5849 §3.4.1 over the request as the client addressed it (Host header, raw path). */
  private static String baseString(SandboxRequest request, Map<String, String> oauth) {
    List<Map.Entry<String, String>> parameters = new ArrayList<>();
    request
        .query()
        .forEach((name, values) -> values.forEach(v -> parameters.add(Map.entry(name, v))));
    String contentType = request.header("Content-Type");
    if (contentType != null && contentType.startsWith("application/x-www-form-urlencoded")) {
      SandboxRequest.parseForm(request.body())
          .forEach((name, values) -> values.forEach(v -> parameters.add(Map.entry(name, v))));
    }
    oauth.forEach(
        (name, value) -> {
          if (!name.equals("oauth_signature") && !name.equals("realm")) {
            parameters.add(Map.entry(name, value));
          }
        });
    String host = request.header("Host") == null ? "" : request.header("Host");
    return OAuth1BaseString.of(
        request.method(), OAuth1BaseString.baseUri("http", host, request.rawPath()), parameters);
  }

  /** RFC 5849 §3.4.3: RSASSA-PKCS1-v1_5 with SHA-1 over the base string. */
  private static boolean signatureVerifies(PublicKey key, String baseString, String signature) {
    try {
      Signature rsa = Signature.getInstance("SHA1withRSA");
      rsa.initVerify(key);
      rsa.update(baseString.getBytes(StandardCharsets.UTF_8));
      return rsa.verify(Base64.getDecoder().decode(signature));
    } catch (GeneralSecurityException | IllegalArgumentException unverifiable) {
      return false;
    }
  }
}
