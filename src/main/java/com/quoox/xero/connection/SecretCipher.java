package com.quoox.xero.connection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.eclipse.microprofile.config.Config;

/**
 * Encrypts stored secrets with AES-256-GCM under the current key of {@link EncryptionKeys}. A
 * ciphertext reads {@code v1:<key id>:<base64 of IV and sealed bytes>}, so keys can be rotated: an
 * older key still decrypts what it sealed until re-encryption has moved it. Each value is bound, as
 * associated data, to its key id, its column and its owner (the business, or a sign-in's state), so
 * a ciphertext copied into another row or column does not decrypt. A value without the prefix was
 * stored before; it decrypts with the unnamed key and its former associated data.
 */
@ApplicationScoped
public class SecretCipher {

  static final String FORMAT = "v1";

  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The module's configuration, read at each use (see {@link EncryptionKeys}). */
  @Inject Config config;

  private EncryptionKeys keys;

  public SecretCipher() {}

  /** For unit tests and tools: a cipher over the given settings (names as in configuration). */
  SecretCipher(Map<String, String> settings) {
    this.keys = new EncryptionKeys(name -> Optional.ofNullable(settings.get(name)));
  }

  String encrypt(String plaintext, SecretField field, String owner) {
    String keyId = keys().currentId();
    try {
      byte[] iv = new byte[IV_BYTES];
      RANDOM.nextBytes(iv);
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keys().key(keyId), iv, aad(keyId, field, owner));
      byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      String body =
          Base64.getEncoder()
              .encodeToString(
                  ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
      return FORMAT + ":" + keyId + ":" + body;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not encrypt a secret", e);
    }
  }

  String decrypt(String stored, SecretField field, String owner) {
    String keyId = keyIdOf(stored);
    boolean legacy = !stored.startsWith(FORMAT + ":");
    String body = legacy ? stored : stored.substring(stored.indexOf(':', FORMAT.length() + 1) + 1);
    SecretKey key = keys().key(keyId); // an unknown key id says so, apart from a wrong key
    try {
      byte[] all = Base64.getDecoder().decode(body);
      byte[] iv = Arrays.copyOfRange(all, 0, IV_BYTES);
      String aad = legacy ? field.legacyContext(owner) : aad(keyId, field, owner);
      byte[] plain =
          cipher(Cipher.DECRYPT_MODE, key, iv, aad).doFinal(all, IV_BYTES, all.length - IV_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      // Says nothing of the value: a wrong key, a tampered row, or a value copied from elsewhere.
      throw new IllegalStateException(
          "A stored secret could not be decrypted with key '"
              + keyId
              + "' (wrong key, or a value that belongs to another row or column)");
    }
  }

  /**
   * The id of the key a stored value is encrypted with ({@value EncryptionKeys#UNNAMED} if none).
   */
  static String keyIdOf(String stored) {
    if (!stored.startsWith(FORMAT + ":")) {
      return EncryptionKeys.UNNAMED;
    }
    int end = stored.indexOf(':', FORMAT.length() + 1);
    if (end < 0) {
      throw new IllegalStateException("A stored secret has no key id after " + FORMAT + ":");
    }
    return stored.substring(FORMAT.length() + 1, end);
  }

  /** Whether a stored value is in the current format under the current key. */
  boolean isCurrent(String stored) {
    return stored.startsWith(FORMAT + ":" + keys().currentId() + ":");
  }

  /** The value encrypted afresh under the current key, if it is not already. */
  String resealed(String stored, SecretField field, String owner) {
    return isCurrent(stored) ? stored : encrypt(decrypt(stored, field, owner), field, owner);
  }

  /**
   * @throws IllegalStateException naming the setting when the current key is missing or malformed
   */
  void requireCurrentKey() {
    keys().key(keys().currentId());
  }

  String currentKeyId() {
    return keys().currentId();
  }

  private EncryptionKeys keys() {
    if (keys == null) {
      keys = new EncryptionKeys(name -> config.getOptionalValue(name, String.class));
    }
    return keys;
  }

  private static String aad(String keyId, SecretField field, String owner) {
    return FORMAT + ":" + keyId + ":" + field.column() + ":" + owner;
  }

  private static Cipher cipher(int mode, SecretKey key, byte[] iv, String aad)
      throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
    cipher.updateAAD(aad.getBytes(StandardCharsets.UTF_8));
    return cipher;
  }
}
