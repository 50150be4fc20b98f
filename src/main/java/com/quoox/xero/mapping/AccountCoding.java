package com.quoox.xero.mapping;

/**
 * Where a line lands in Xero: the account code and the tax type (e.g. {@code 200} and {@code
 * OUTPUT2}).
 *
 * @param accountCode the Xero account code
 * @param taxType the Xero tax type; its rate in Xero should equal the rate Quoox charged
 */
public record AccountCoding(String accountCode, String taxType) {

  public AccountCoding {
    if (accountCode == null || accountCode.isBlank()) {
      throw new IllegalArgumentException("An account coding needs an account code");
    }
    if (taxType == null || taxType.isBlank()) {
      throw new IllegalArgumentException("An account coding needs a tax type");
    }
  }
}
