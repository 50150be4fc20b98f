package com.quoox.xero.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

  private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

  private final SecretCipher cipher = new SecretCipher(KEY);

  @Test
  void encryptedSecretDecryptsToTheOriginalForTheSameBusiness() {
    String stored = cipher.encrypt("s3cr3t-ünïcode", "business-1");

    assertEquals("s3cr3t-ünïcode", cipher.decrypt(stored, "business-1"));
  }

  @Test
  void storedFormNeitherContainsNorRepeatsTheSecret() {
    String first = cipher.encrypt("client-secret-value", "business-1");
    String second = cipher.encrypt("client-secret-value", "business-1");

    assertFalse(first.contains("client-secret-value"));
    assertNotEquals(first, second, "a fresh IV per encryption");
  }

  @Test
  void secretCopiedToAnotherBusinessDoesNotDecrypt() {
    String stored = cipher.encrypt("secret", "business-1");

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(stored, "business-2"));
    assertFalse(e.getMessage().contains("secret\""), e.getMessage());
  }

  @Test
  void tamperedSecretDoesNotDecrypt() {
    byte[] stored = Base64.getDecoder().decode(cipher.encrypt("secret", "b"));
    stored[stored.length - 1] ^= 1;

    assertThrows(
        IllegalStateException.class,
        () -> cipher.decrypt(Base64.getEncoder().encodeToString(stored), "b"));
  }

  @Test
  void secretUnderAnotherKeyDoesNotDecrypt() {
    byte[] other = new byte[32];
    other[0] = 1;
    String stored =
        new SecretCipher(Base64.getEncoder().encodeToString(other)).encrypt("secret", "b");

    assertThrows(IllegalStateException.class, () -> cipher.decrypt(stored, "b"));
  }

  @Test
  void missingKeyIsNamedInTheError() {
    SecretCipher unconfigured = new SecretCipher();
    unconfigured.configuredKey = Optional.empty();

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> unconfigured.encrypt("x", "b"));
    assertTrue(e.getMessage().contains("quoox.xero.encryption-key is not set"), e.getMessage());
  }

  @Test
  void keyOfTheWrongLengthIsRefused() {
    SecretCipher shortKey = new SecretCipher(Base64.getEncoder().encodeToString(new byte[16]));

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> shortKey.encrypt("x", "b"));
    assertTrue(e.getMessage().contains("32 bytes"), e.getMessage());
  }
}
