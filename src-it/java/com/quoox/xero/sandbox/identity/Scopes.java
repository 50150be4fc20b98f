package com.quoox.xero.sandbox.identity;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which OAuth 2.0 scope each Accounting API endpoint needs, as Xero checks it on every call: the
 * granular scope of apps created since March 2026 or the broad one older apps keep until September
 * 2027 (https://developer.xero.com/faq/granular-scopes; the endpoint table after
 * https://www.apideck.com/blog/xero-scopes, Allocations inferred from their credit note). A GET is
 * also allowed by the scope's {@code .read} variant.
 */
public final class Scopes {

  /**
   * What a sandbox Custom Connection or OAuth app may be granted unless a test says otherwise:
   * Xero's granular scopes for what the module does, and the broad ones older apps still ask for.
   */
  public static final String DEFAULT =
      "accounting.invoices accounting.payments accounting.banktransactions accounting.contacts"
          + " accounting.settings.read accounting.reports.banksummary.read"
          + " accounting.transactions accounting.reports.read";

  /** OpenID Connect and refresh scopes, which every app may ask for. */
  public static final Set<String> IDENTITY = Set.of("openid", "profile", "email", "offline_access");

  private Scopes() {}

  public static Set<String> parse(String scopes) {
    return scopes == null || scopes.isBlank()
        ? Set.of()
        : Arrays.stream(scopes.trim().split("\\s+"))
            .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  public static String format(Set<String> scopes) {
    return String.join(" ", scopes);
  }

  /**
   * The scopes any one of which lets a call through; empty when the path needs none (it is then
   * answered 404 by the routes).
   */
  public static List<String> accepted(String method, String path) {
    String[] parts = path.replaceAll("^/|/$", "").split("/");
    List<String> scopes =
        switch (parts[0]) {
          case "Invoices", "CreditNotes" ->
              List.of("accounting.invoices", "accounting.transactions");
          case "Payments" -> List.of("accounting.payments", "accounting.transactions");
          case "BankTransactions", "BankTransfers" ->
              List.of("accounting.banktransactions", "accounting.transactions");
          case "Accounts", "TaxRates", "Organisation" -> List.of("accounting.settings");
          case "Contacts" -> List.of("accounting.contacts");
          // Reports are read-only: only .read scopes exist for them.
          case "Reports" ->
              parts.length > 1 && parts[1].equals("BankSummary")
                  ? List.of("accounting.reports.banksummary.read", "accounting.reports.read")
                  : List.of("accounting.reports.read");
          default -> List.of();
        };
    if (!method.equals("GET") || parts[0].equals("Reports")) {
      return scopes;
    }
    return scopes.stream().flatMap(scope -> List.of(scope, scope + ".read").stream()).toList();
  }

  /** Whether a token holding {@code granted} may make this call. */
  public static boolean allow(Set<String> granted, String method, String path) {
    List<String> accepted = accepted(method, path);
    return accepted.isEmpty() || accepted.stream().anyMatch(granted::contains);
  }
}
