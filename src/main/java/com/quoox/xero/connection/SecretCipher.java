package com.quoox.xero.connection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encrypts stored secrets with AES-256-GCM. The key comes from {@code quoox.xero.encryption-key}
 * (base64 of 32 bytes, from WildFly's credential store or an environment variable, never the
 * repository). Each value is bound to its business and field as associated data, so a ciphertext
 * copied to another row does not decrypt.
 */
@ApplicationScoped
public class SecretCipher {

  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject
  @ConfigProperty(name = "quoox.xero.encryption-key")
  Optional<String> configuredKey;

  private SecretKey key;

  public SecretCipher() {}

  /** For unit tests and tools: a cipher over a known key. */
  public SecretCipher(String base64Key) {
    this.configuredKey = Optional.of(base64Key);
  }

  public String encrypt(String plaintext, String context) {
    try {
      byte[] iv = new byte[IV_BYTES];
      RANDOM.nextBytes(iv);
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, context);
      byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder()
          .encodeToString(
              ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not encrypt a secret", e);
    }
  }

  public String decrypt(String stored, String context) {
    try {
      byte[] all = Base64.getDecoder().decode(stored);
      byte[] iv = java.util.Arrays.copyOfRange(all, 0, IV_BYTES);
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, iv, context);
      byte[] plain = cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      // Says nothing of the value: a wrong key or a tampered row.
      throw new IllegalStateException(
          "A stored secret could not be decrypted (wrong quoox.xero.encryption-key?)");
    }
  }

  private Cipher cipher(int mode, byte[] iv, String context) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, key(), new GCMParameterSpec(TAG_BITS, iv));
    cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
    return cipher;
  }

  private SecretKey key() {
    if (key == null) {
      byte[] bytes =
          Base64.getDecoder()
              .decode(
                  configuredKey
                      .filter(k -> !k.isBlank())
                      .orElseThrow(
                          () ->
                              new IllegalStateException(
                                  "quoox.xero.encryption-key is not set: secrets cannot be stored")));
      if (bytes.length != 32) {
        throw new IllegalStateException(
            "quoox.xero.encryption-key must be 32 bytes, base64-encoded");
      }
      key = new SecretKeySpec(bytes, "AES");
    }
    return key;
  }
}
