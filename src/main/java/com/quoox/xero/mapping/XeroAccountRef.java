package com.quoox.xero.mapping;

import com.xero.models.accounting.Account;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An account as a payment, bank transaction or transfer names it: by its code, or, for a bank
 * account that has none (Xero's "not all accounts have a code value"), by its AccountID.
 */
public final class XeroAccountRef {

  /** The longest a setting naming an account may be: an AccountID (a UUID). */
  public static final int MAX_LENGTH = 36;

  private static final Pattern ACCOUNT_ID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private XeroAccountRef() {}

  /** Whether {@code codeOrId} is an AccountID rather than an account code. */
  public static boolean isAccountId(String codeOrId) {
    return codeOrId != null && ACCOUNT_ID.matcher(codeOrId).matches();
  }

  static Account of(String codeOrId) {
    return isAccountId(codeOrId)
        ? new Account().accountID(UUID.fromString(codeOrId))
        : new Account().code(codeOrId);
  }
}
