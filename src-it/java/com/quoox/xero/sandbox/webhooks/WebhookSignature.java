package com.quoox.xero.sandbox.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Xero's {@code x-xero-signature}: the base64 HMAC-SHA256 of the raw payload keyed with the app's
 * webhook key (https://developer.xero.com/documentation/webhooks/configuring-your-server).
 */
public final class WebhookSignature {

  private WebhookSignature() {}

  public static String of(byte[] payload, String webhookKey) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(webhookKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(payload));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
