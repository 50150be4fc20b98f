package com.quoox.xero.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XeroSignatureTest {

  private static final byte[] BODY =
      "{\"events\":[],\"lastEventSequence\":0,\"firstEventSequence\":0,\"entropy\":\"S0m3r4Nd0mt3xt\"}"
          .getBytes(StandardCharsets.UTF_8);

  @Test
  void signatureIsTheBase64HmacSha256OfTheRawBodyWithTheWebhookKey() {
    // Independently computed: printf '%s' "$BODY" | openssl dgst -sha256 -hmac key -binary | base64
    assertEquals("j2NecgbNXA9zF2QvGlxZ02GoLzPAC37i8wy9LLcaxWc=", XeroSignature.of(BODY, "key"));
  }

  @Test
  void theRightSignatureMatchesAndAnyOtherDoesNot() {
    String right = XeroSignature.of(BODY, "key");
    assertTrue(XeroSignature.matches(BODY, right, "key"));
    assertFalse(XeroSignature.matches(BODY, XeroSignature.of(BODY, "other"), "key"));
    assertFalse(XeroSignature.matches(BODY, null, "key"));
    assertFalse(XeroSignature.matches(BODY, "", "key"));
    byte[] changed = BODY.clone();
    changed[changed.length - 3] = 'X';
    assertFalse(XeroSignature.matches(changed, right, "key"));
  }

  @Test
  void withoutAKeyNothingMatches() {
    assertFalse(XeroSignature.matches(BODY, XeroSignature.of(BODY, "x"), ""));
    assertFalse(XeroSignature.matches(BODY, XeroSignature.of(BODY, "x"), null));
  }
}
