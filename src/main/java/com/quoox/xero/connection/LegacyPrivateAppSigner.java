package com.quoox.xero.connection;

import static com.quoox.xero.connection.OAuthPercentEncoding.encode;
import static java.util.stream.Collectors.joining;

import com.quoox.xero.xeroapi.RequestSigner;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Signs calls for a legacy Xero private app with OAuth 1.0a RSA-SHA1 (RFC 5849 §3.4.3), using the
 * private key whose certificate the business uploaded to Xero. A private app has no token exchange:
 * the consumer key doubles as the access token.
 */
@ApplicationScoped
public class LegacyPrivateAppSigner {

  static final String SIGNATURE_METHOD = "RSA-SHA1";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Clock clock;
  private final Supplier<String> nonces;

  public LegacyPrivateAppSigner() {
    this(Clock.systemUTC(), LegacyPrivateAppSigner::randomNonce);
  }

  /** For tests: a fixed timestamp and nonce make the signature reproducible. */
  LegacyPrivateAppSigner(Clock clock, Supplier<String> nonces) {
    this.clock = clock;
    this.nonces = nonces;
  }

  /**
   * Signs each Accounting API request of one private app. The SDK sends JSON bodies only, and RFC
   * 5849 §3.4.1.3 signs a body only when it is form-encoded, so method, URL and query are all there
   * is to sign.
   */
  public RequestSigner signerFor(String consumerKey, PrivateKey key) {
    return (method, uri) -> authorizationHeader(method, uri, Map.of(), consumerKey, key);
  }

  /**
   * The {@code Authorization} header for one call to Xero. {@code formParams} are the body's fields
   * when it is {@code application/x-www-form-urlencoded} (they are signed too), otherwise empty.
   */
  public String authorizationHeader(
      String method,
      URI uri,
      Map<String, List<String>> formParams,
      String consumerKey,
      PrivateKey key) {
    Map<String, String> protocol = new TreeMap<>();
    protocol.put("oauth_consumer_key", consumerKey);
    // Xero private apps: the consumer key is also the token (no RFC 5849 §2 redirection flow).
    protocol.put("oauth_token", consumerKey);
    protocol.put("oauth_signature_method", SIGNATURE_METHOD);
    // §3.3: seconds since the epoch, and a nonce unique for that timestamp against replays.
    protocol.put("oauth_timestamp", Long.toString(clock.instant().getEpochSecond()));
    protocol.put("oauth_nonce", nonces.get());
    protocol.put("oauth_version", "1.0");
    return authorizationHeader(method, uri, formParams, protocol, key);
  }

  /** Signs the given protocol parameters and lists them in the header form of RFC 5849 §3.5.1. */
  static String authorizationHeader(
      String method,
      URI uri,
      Map<String, List<String>> formParams,
      Map<String, String> protocolParams,
      PrivateKey key) {
    Map<String, String> header = new TreeMap<>(protocolParams);
    String baseString = SignatureBaseString.of(method, uri, formParams, protocolParams);
    header.put("oauth_signature", sign(baseString, key));
    return "OAuth "
        + header.entrySet().stream()
            .map(p -> encode(p.getKey()) + "=\"" + encode(p.getValue()) + "\"")
            .collect(joining(", "));
  }

  /** RFC 5849 §3.4.3: RSASSA-PKCS1-v1_5 over SHA-1 of the base string, base64-encoded. */
  static String sign(String baseString, PrivateKey key) {
    try {
      Signature rsa = Signature.getInstance("SHA1withRSA");
      rsa.initSign(key);
      rsa.update(baseString.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(rsa.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not sign the request with the private app's key", e);
    }
  }

  private static String randomNonce() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
