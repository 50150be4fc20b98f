package com.quoox.xero.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

  private static final String KEY = key(0);
  private static final String NEW_KEY = key(1);

  private final SecretCipher cipher = new SecretCipher(Map.of("quoox.xero.encryption-key", KEY));

  @Test
  void encryptedSecretDecryptsToTheOriginalInTheSamePlace() {
    String stored = cipher.encrypt("s3cr3t-ünïcode", SecretField.CLIENT_SECRET, "business-1");

    assertEquals("s3cr3t-ünïcode", cipher.decrypt(stored, SecretField.CLIENT_SECRET, "business-1"));
  }

  @Test
  void ciphertextNamesTheKeyItIsEncryptedWith() {
    String stored = rotated().encrypt("secret", SecretField.ACCESS_TOKEN, "b");

    assertTrue(stored.startsWith("v1:k2:"), stored);
    assertEquals("k2", SecretCipher.keyIdOf(stored));
    assertEquals(
        "default", SecretCipher.keyIdOf(cipher.encrypt("x", SecretField.ACCESS_TOKEN, "b")));
  }

  @Test
  void storedFormNeitherContainsNorRepeatsTheSecret() {
    String first = cipher.encrypt("client-secret-value", SecretField.CLIENT_SECRET, "business-1");
    String second = cipher.encrypt("client-secret-value", SecretField.CLIENT_SECRET, "business-1");

    assertFalse(first.contains("client-secret-value"));
    assertNotEquals(first, second, "a fresh IV per encryption");
  }

  @Test
  void secretCopiedToAnotherBusinessDoesNotDecrypt() {
    String stored = cipher.encrypt("secret", SecretField.CLIENT_SECRET, "business-1");

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> cipher.decrypt(stored, SecretField.CLIENT_SECRET, "business-2"));
    assertFalse(e.getMessage().contains("secret\""), e.getMessage());
  }

  @Test
  void secretCopiedToAnotherColumnOfTheSameRowDoesNotDecrypt() {
    String refreshToken = cipher.encrypt("refresh", SecretField.REFRESH_TOKEN, "business-1");

    assertThrows(
        IllegalStateException.class,
        () -> cipher.decrypt(refreshToken, SecretField.ACCESS_TOKEN, "business-1"));
  }

  @Test
  void tamperedSecretDoesNotDecrypt() {
    String stored = cipher.encrypt("secret", SecretField.CLIENT_SECRET, "b");
    String tampered =
        stored.substring(0, stored.length() - 2) + (stored.endsWith("A=") ? "B=" : "A=");

    assertThrows(
        IllegalStateException.class,
        () -> cipher.decrypt(tampered, SecretField.CLIENT_SECRET, "b"));
  }

  @Test
  void oldKeyStillDecryptsWhatItSealedAfterANewKeyIsCurrent() {
    String underOldKey = cipher.encrypt("secret", SecretField.REFRESH_TOKEN, "b");
    SecretCipher rotated = rotated();

    assertEquals("secret", rotated.decrypt(underOldKey, SecretField.REFRESH_TOKEN, "b"));
    assertFalse(rotated.isCurrent(underOldKey));
    String resealed = rotated.resealed(underOldKey, SecretField.REFRESH_TOKEN, "b");
    assertTrue(resealed.startsWith("v1:k2:"), resealed);
    assertEquals("secret", rotated.decrypt(resealed, SecretField.REFRESH_TOKEN, "b"));
  }

  @Test
  void afterReencryptionTheOldKeyIsNotNeeded() {
    String resealed =
        rotated()
            .resealed(
                cipher.encrypt("secret", SecretField.CLIENT_SECRET, "b"),
                SecretField.CLIENT_SECRET,
                "b");
    SecretCipher withoutOldKey =
        new SecretCipher(
            Map.of("quoox.xero.encryption-key.k2", NEW_KEY, "quoox.xero.encryption-key-id", "k2"));

    assertEquals("secret", withoutOldKey.decrypt(resealed, SecretField.CLIENT_SECRET, "b"));
  }

  @Test
  void unknownKeyIdIsAClearErrorNamingTheSettingToRestore() {
    String underK2 = rotated().encrypt("secret", SecretField.CLIENT_SECRET, "b");

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> cipher.decrypt(underK2, SecretField.CLIENT_SECRET, "b"));
    assertTrue(e.getMessage().contains("'k2'"), e.getMessage());
    assertTrue(e.getMessage().contains("quoox.xero.encryption-key.k2 is not set"), e.getMessage());
  }

  @Test
  void valueStoredBeforeKeyIdsDecryptsWithTheUnnamedKeyAndItsFormerContext() throws Exception {
    String legacyToken = legacyEncrypt("token", "business-1");
    String legacyPrivateKey = legacyEncrypt("pem", "business-1/private-app-key");

    assertEquals("token", rotated().decrypt(legacyToken, SecretField.ACCESS_TOKEN, "business-1"));
    assertEquals("pem", rotated().decrypt(legacyPrivateKey, SecretField.PRIVATE_KEY, "business-1"));
    assertEquals("default", SecretCipher.keyIdOf(legacyToken));
    assertThrows(
        IllegalStateException.class,
        () -> cipher.decrypt(legacyToken, SecretField.ACCESS_TOKEN, "business-2"));
  }

  @Test
  void missingKeyIsNamedInTheError() {
    SecretCipher unconfigured = new SecretCipher(Map.of());

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> unconfigured.encrypt("x", SecretField.CLIENT_SECRET, "b"));
    assertTrue(e.getMessage().contains("quoox.xero.encryption-key is not set"), e.getMessage());
  }

  @Test
  void keyOfTheWrongLengthIsRefused() {
    SecretCipher shortKey =
        new SecretCipher(
            Map.of("quoox.xero.encryption-key", Base64.getEncoder().encodeToString(new byte[16])));

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> shortKey.encrypt("x", SecretField.CLIENT_SECRET, "b"));
    assertTrue(e.getMessage().contains("32 bytes"), e.getMessage());
  }

  /** The unnamed key kept for decryption, k2 current. */
  private static SecretCipher rotated() {
    return new SecretCipher(
        Map.of(
            "quoox.xero.encryption-key", KEY,
            "quoox.xero.encryption-key.k2", NEW_KEY,
            "quoox.xero.encryption-key-id", "k2"));
  }

  /** A value as the module stored it before ciphertexts named their key. */
  private static String legacyEncrypt(String plaintext, String context) throws Exception {
    byte[] iv = new byte[12];
    iv[0] = 7;
    Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
    aes.init(
        Cipher.ENCRYPT_MODE,
        new SecretKeySpec(Base64.getDecoder().decode(KEY), "AES"),
        new GCMParameterSpec(128, iv));
    aes.updateAAD(context.getBytes(StandardCharsets.UTF_8));
    byte[] sealed = aes.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
    return Base64.getEncoder()
        .encodeToString(ByteBuffer.allocate(12 + sealed.length).put(iv).put(sealed).array());
  }

  private static String key(int first) {
    byte[] bytes = new byte[32];
    bytes[0] = (byte) first;
    return Base64.getEncoder().encodeToString(bytes);
  }
}
