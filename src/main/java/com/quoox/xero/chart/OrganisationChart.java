package com.quoox.xero.chart;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** An organisation's accounts and tax rates as Xero listed them at {@code fetchedAt}. */
public record OrganisationChart(
    List<ChartAccount> accounts, List<ChartTaxRate> taxRates, Instant fetchedAt) {

  public OrganisationChart {
    accounts = List.copyOf(accounts);
    taxRates = List.copyOf(taxRates);
  }

  /** The account with this code, or with this AccountID (a bank account may have no code). */
  public Optional<ChartAccount> account(String codeOrId) {
    return accounts.stream()
        .filter(a -> codeOrId.equals(a.code()) || codeOrId.equalsIgnoreCase(a.accountId()))
        .findFirst();
  }

  public Optional<ChartTaxRate> taxRate(String taxType) {
    return taxRates.stream().filter(t -> taxType.equals(t.taxType())).findFirst();
  }

  /**
   * What the settings screen offers: active accounts that have a code (only those can be coded on a
   * line), and active bank accounts without one (payments name those by their AccountID).
   */
  public List<ChartAccount> activeAccounts() {
    return accounts.stream()
        .filter(a -> a.active() && (a.code() != null || "BANK".equals(a.type())))
        .toList();
  }

  /** What the settings screen offers for sales: active rates Xero allows on revenue. */
  public List<ChartTaxRate> revenueTaxRates() {
    return taxRates.stream().filter(t -> t.active() && t.canApplyToRevenue()).toList();
  }

  /**
   * What the settings screen offers for a provider's fees: active rates Xero allows on spending.
   */
  public List<ChartTaxRate> expenseTaxRates() {
    return taxRates.stream().filter(t -> t.active() && t.canApplyToExpenses()).toList();
  }
}
