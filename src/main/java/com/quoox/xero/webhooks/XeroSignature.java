package com.quoox.xero.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tells Xero's webhook payloads from anyone else's: {@code x-xero-signature} must be the base64
 * HMAC-SHA256 of the raw body keyed with the app's webhook key
 * (https://developer.xero.com/documentation/webhooks/configuring-your-server). Compared in constant
 * time, so answer times give away nothing of the right signature.
 */
final class XeroSignature {

  private XeroSignature() {}

  static boolean matches(byte[] body, String signature, String webhookKey) {
    if (signature == null || webhookKey == null || webhookKey.isEmpty()) {
      return false;
    }
    byte[] expected = of(body, webhookKey).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII));
  }

  static String of(byte[] body, String webhookKey) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(webhookKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
