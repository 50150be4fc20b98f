package com.quoox.xero.xeroapi;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Xero's granular OAuth scopes the module's calls need. Apps created at Xero since 2 March 2026 can
 * only ask for these; older apps keep the broad {@code accounting.transactions} (which covers
 * invoices, payments and bank transactions) until Xero removes it.
 */
public final class XeroScopes {

  /** Invoices, credit notes and their allocations. */
  public static final String INVOICES = "accounting.invoices";

  /** Payments on invoices and credit notes. */
  public static final String PAYMENTS = "accounting.payments";

  /** Spend money (fees) and bank transfers (payouts). */
  public static final String BANK_TRANSACTIONS = "accounting.banktransactions";

  /** Contacts of invoices. */
  public static final String CONTACTS = "accounting.contacts";

  /** The organisation, its accounts and tax rates. */
  public static final String SETTINGS_READ = "accounting.settings.read";

  /** The Bank Summary report of the reconciliation view. */
  public static final String BANK_SUMMARY = "accounting.reports.banksummary.read";

  /** The broad scope of older apps that covers invoices, payments and bank transactions. */
  public static final String TRANSACTIONS = "accounting.transactions";

  /** What "Connect to Xero" asks for by default: sign-in, a refresh token and the above. */
  public static final String DEFAULT_REQUEST =
      "openid profile email offline_access "
          + INVOICES
          + " "
          + PAYMENTS
          + " "
          + BANK_TRANSACTIONS
          + " "
          + CONTACTS
          + " "
          + SETTINGS_READ
          + " "
          + BANK_SUMMARY;

  private XeroScopes() {}

  /** The scopes in a space-separated grant or request. */
  public static Set<String> parse(String scopes) {
    return scopes == null || scopes.isBlank()
        ? Set.of()
        : new LinkedHashSet<>(Arrays.asList(scopes.trim().split("\\s+")));
  }

  /** Of {@code needed}, those {@code granted} does not cover (the broad scope covering its own). */
  public static List<String> missing(Set<String> granted, List<String> needed) {
    return needed.stream().filter(scope -> !covers(granted, scope)).toList();
  }

  private static boolean covers(Set<String> granted, String scope) {
    if (granted.contains(scope)) {
      return true;
    }
    boolean transactional =
        scope.equals(INVOICES) || scope.equals(PAYMENTS) || scope.equals(BANK_TRANSACTIONS);
    return (transactional && granted.contains(TRANSACTIONS))
        || (scope.equals(SETTINGS_READ) && granted.contains("accounting.settings"))
        || (scope.equals(BANK_SUMMARY) && granted.contains("accounting.reports.read"));
  }
}
