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

  public Optional<ChartAccount> account(String code) {
    return accounts.stream().filter(a -> code.equals(a.code())).findFirst();
  }

  public Optional<ChartTaxRate> taxRate(String taxType) {
    return taxRates.stream().filter(t -> taxType.equals(t.taxType())).findFirst();
  }

  /**
   * What the settings screen offers: active accounts that have a code (only those can be coded).
   */
  public List<ChartAccount> activeAccounts() {
    return accounts.stream().filter(a -> a.active() && a.code() != null).toList();
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
