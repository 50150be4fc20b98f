package com.quoox.xero.connection;

import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES keys of stored secrets, by id, read from configuration at each use so that a key added or
 * made current on the running server (a system property set from the credential store) counts at
 * once. {@code quoox.xero.encryption-key} is the key of id {@value #UNNAMED}, also the one of
 * secrets stored before ciphertexts named their key; {@code quoox.xero.encryption-key.<id>} are
 * further keys; {@code quoox.xero.encryption-key-id} names the one new secrets are encrypted with.
 * Every other configured key only decrypts.
 */
final class EncryptionKeys {

  static final String UNNAMED = "default";
  static final String KEY = "quoox.xero.encryption-key";
  static final String CURRENT = "quoox.xero.encryption-key-id";

  private static final Pattern ID = Pattern.compile("[a-z0-9]{1,16}");

  private final Function<String, Optional<String>> settings;

  EncryptionKeys(Function<String, Optional<String>> settings) {
    this.settings = settings;
  }

  /** The id of the key new secrets are encrypted with. */
  String currentId() {
    String id = settings.apply(CURRENT).filter(s -> !s.isBlank()).orElse(UNNAMED).trim();
    if (!ID.matcher(id).matches()) {
      throw new IllegalStateException(
          CURRENT + " must be 1 to 16 lower-case letters or digits, not '" + id + "'");
    }
    return id;
  }

  /**
   * The key of that id.
   *
   * @throws IllegalStateException naming the setting that should hold it, never a key
   */
  SecretKey key(String id) {
    String name = UNNAMED.equals(id) ? KEY : KEY + "." + id;
    String base64 =
        settings
            .apply(name)
            .filter(k -> !k.isBlank())
            .orElseThrow(() -> new IllegalStateException(missing(id, name)));
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(name + " must be base64 of 32 bytes");
    }
    if (bytes.length != 32) {
      throw new IllegalStateException(name + " must be 32 bytes, base64-encoded");
    }
    return new SecretKeySpec(bytes, "AES");
  }

  private String missing(String id, String name) {
    if (id.equals(currentId())) {
      return name + " is not set: secrets cannot be stored";
    }
    return "A stored secret is encrypted with key '"
        + id
        + "', but "
        + name
        + " is not set: configure that key again (remove a key only once"
        + " re-encryption reports no secret under it)";
  }
}
