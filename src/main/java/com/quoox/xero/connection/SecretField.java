package com.quoox.xero.connection;

/**
 * Where a stored secret lives. Its column's name is part of the associated data its ciphertext is
 * bound to, so a ciphertext copied into another column, like into another business's row, does not
 * decrypt.
 */
enum SecretField {
  CLIENT_SECRET("client_secret_encrypted"),
  ACCESS_TOKEN("access_token_encrypted"),
  REFRESH_TOKEN("refresh_token_encrypted"),
  CONSUMER_SECRET("consumer_secret_encrypted"),
  PRIVATE_KEY("private_key_encrypted"),
  CODE_VERIFIER("code_verifier_encrypted");

  private final String column;

  SecretField(String column) {
    this.column = column;
  }

  String column() {
    return column;
  }

  /**
   * The associated data of a value stored before ciphertexts named their key: its owner alone (the
   * business, or a sign-in's state), and for a private key the owner and {@code /private-app-key}.
   */
  String legacyContext(String owner) {
    return this == PRIVATE_KEY ? owner + "/private-app-key" : owner;
  }
}
