package com.quoox.xero.connection;

/** What becomes of one stored secret (null: none stored) when its row's secrets are resealed. */
@FunctionalInterface
interface SecretResealing {
  String apply(SecretField field, String stored);
}
