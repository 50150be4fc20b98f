package com.quoox.xero.sandbox.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.quoox.xero.sandbox.http.XeroJson;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A small UK chart of accounts and VAT rates, the same for every sandbox organisation, with the
 * accounts the module's mappings use (sales, rounding, Stripe clearing, bank fees), the bank
 * accounts that clear card and direct debit money (092-095), and an archived one to test rejection.
 */
public final class ChartOfAccounts {

  /**
   * One account; {@code acceptsPayments} is Xero's EnablePaymentsToAccount (always true for BANK).
   */
  public record Account(
      UUID id,
      String code,
      String name,
      String type,
      String accountClass,
      String status,
      String taxType,
      boolean acceptsPayments) {

    boolean archived() {
      return !status.equals("ACTIVE");
    }

    public boolean canReceivePayments() {
      return acceptsPayments || type.equals("BANK");
    }
  }

  /** One tax rate; {@code revenue} says whether it may be used on sales documents. */
  public record TaxRate(
      String taxType, String name, BigDecimal rate, String reportTaxType, boolean revenue) {}

  private static final List<Account> ACCOUNTS =
      List.of(
          account("090", "Stripe clearing", "CURRENT", "ASSET", "ACTIVE", "NONE", true),
          account("091", "Business Bank Account", "BANK", "ASSET", "ACTIVE", "NONE", false),
          // Clearing accounts of Type BANK: unlike 090 they can spend money and take transfers.
          account("092", "Stripe", "BANK", "ASSET", "ACTIVE", "NONE", false),
          account("093", "GoCardless", "BANK", "ASSET", "ACTIVE", "NONE", false),
          account("094", "Card terminal", "BANK", "ASSET", "ACTIVE", "NONE", false),
          account("095", "Cash float", "BANK", "ASSET", "ACTIVE", "NONE", false),
          account("200", "Sales", "REVENUE", "REVENUE", "ACTIVE", "OUTPUT2", false),
          account("201", "Old Sales", "REVENUE", "REVENUE", "ARCHIVED", "OUTPUT2", false),
          account("260", "Other Revenue", "REVENUE", "REVENUE", "ACTIVE", "OUTPUT2", false),
          account("404", "Bank Fees", "EXPENSE", "EXPENSE", "ACTIVE", "NONE", false),
          account("610", "Accounts Receivable", "CURRENT", "ASSET", "ACTIVE", "NONE", false),
          account("860", "Rounding", "CURRLIAB", "LIABILITY", "ACTIVE", "NONE", false));

  private static final List<TaxRate> TAX_RATES =
      List.of(
          new TaxRate("OUTPUT2", "20% (VAT on Income)", new BigDecimal("20.0000"), "OUTPUT", true),
          new TaxRate("RROUTPUT", "5% (VAT on Income)", new BigDecimal("5.0000"), "OUTPUT", true),
          new TaxRate("ZERORATEDOUTPUT", "Zero Rated Income", BigDecimal.ZERO, "OUTPUT", true),
          new TaxRate("EXEMPTOUTPUT", "Exempt Income", BigDecimal.ZERO, "EXEMPTOUTPUT", true),
          new TaxRate("NONE", "No VAT", BigDecimal.ZERO, "NONE", true),
          new TaxRate(
              "INPUT2", "20% (VAT on Expenses)", new BigDecimal("20.0000"), "INPUT", false));

  private ChartOfAccounts() {}

  public static Optional<Account> account(String code) {
    return ACCOUNTS.stream().filter(a -> a.code().equals(code)).findFirst();
  }

  public static Optional<Account> account(UUID id) {
    return ACCOUNTS.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** The account a request names by {@code Code} or, failing that, by {@code AccountID}. */
  public static Optional<Account> account(JsonNode reference) {
    String code = XeroJson.text(reference, "Code");
    if (code != null) {
      return account(code);
    }
    String id = XeroJson.text(reference, "AccountID");
    try {
      return id == null ? Optional.empty() : account(UUID.fromString(id));
    } catch (IllegalArgumentException notAUuid) {
      return Optional.empty();
    }
  }

  /** The chart every sandbox organisation starts with. */
  public static List<Account> accounts() {
    return ACCOUNTS;
  }

  public static Optional<TaxRate> taxRate(String taxType) {
    return TAX_RATES.stream().filter(t -> t.taxType().equals(taxType)).findFirst();
  }

  /** The chart as {@code books}' organisation sees it, with the accounts it archived. */
  public static ArrayNode accountsJson(Books books) {
    ArrayNode array = XeroJson.MAPPER.createArrayNode();
    for (Account a : books.accounts()) {
      ObjectNode node = array.addObject();
      node.put("AccountID", a.id().toString());
      if (a.code() != null) {
        node.put("Code", a.code());
      }
      node.put("Name", a.name());
      node.put("Type", a.type());
      node.put("Class", a.accountClass());
      node.put("Status", books.archived(a) ? "ARCHIVED" : a.status());
      node.put("TaxType", a.taxType());
      node.put("EnablePaymentsToAccount", a.acceptsPayments());
      node.put("ShowInExpenseClaims", false);
      node.put("ReportingCode", a.accountClass().substring(0, 3));
      if (a.type().equals("BANK")) {
        node.put("BankAccountType", "BANK");
        node.put("BankAccountNumber", "40201012345678");
        node.put("CurrencyCode", "GBP");
      }
      node.put("UpdatedDateUTC", XeroJson.msDate(java.time.Instant.parse("2024-01-01T00:00:00Z")));
    }
    return array;
  }

  public static ArrayNode taxRatesJson() {
    ArrayNode array = XeroJson.MAPPER.createArrayNode();
    for (TaxRate t : TAX_RATES) {
      ObjectNode node = array.addObject();
      node.put("Name", t.name());
      node.put("TaxType", t.taxType());
      node.put("ReportTaxType", t.reportTaxType());
      node.put("Status", "ACTIVE");
      node.put("CanApplyToRevenue", t.revenue());
      node.put("CanApplyToExpenses", !t.revenue() || t.taxType().equals("NONE"));
      node.put("CanApplyToAssets", true);
      node.put("CanApplyToLiabilities", true);
      node.put("CanApplyToEquity", true);
      node.put("DisplayTaxRate", t.rate());
      node.put("EffectiveRate", t.rate());
      ObjectNode component = node.putArray("TaxComponents").addObject();
      component.put("Name", "VAT");
      component.put("Rate", t.rate());
      component.put("IsCompound", false);
      component.put("IsNonRecoverable", false);
    }
    return array;
  }

  private static Account account(
      String code,
      String name,
      String type,
      String accountClass,
      String status,
      String taxType,
      boolean acceptsPayments) {
    // Stable ids per code, so every tenant (and every run) shows the same AccountIDs.
    UUID id =
        UUID.nameUUIDFromBytes(
            ("account-" + code).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return new Account(id, code, name, type, accountClass, status, taxType, acceptsPayments);
  }
}
