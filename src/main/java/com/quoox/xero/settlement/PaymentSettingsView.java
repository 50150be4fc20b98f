package com.quoox.xero.settlement;

import com.quoox.xero.events.PaymentProvider;
import com.quoox.xero.mapping.ProviderAccounts;
import com.quoox.xero.mapping.XeroAccountRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where each payment provider's money goes, as the settings screen reads and writes it: every
 * provider on reading; on writing, the providers sent are changed and the others kept.
 *
 * @param providers per provider name (STRIPE, GOCARDLESS, CASH, CARD, OTHER)
 */
public record PaymentSettingsView(
    @NotNull(message = "send the providers to change") @Valid
        Map<String, @NotNull(message = "send the provider's settings") @Valid Provider> providers) {

  static final String ACCOUNT_SIZE =
      "name the account by its code (at most 10 characters) or by Xero's AccountID";

  /**
   * One provider's settings. Accounts are named by code, or by AccountID for a bank account that
   * has no code in Xero.
   *
   * @param recordPayments whether its payments, refunds and payouts are recorded in Xero
   * @param accountCode the clearing account payments go into
   * @param feeAccountCode the expense account of its fees
   * @param feeTaxType the tax rate of its fees
   * @param payoutAccountCode the bank account it pays out to
   */
  public record Provider(
      Boolean recordPayments,
      @Size(max = XeroAccountRef.MAX_LENGTH, message = ACCOUNT_SIZE) String accountCode,
      @Size(max = XeroAccountRef.MAX_LENGTH, message = ACCOUNT_SIZE) String feeAccountCode,
      @Size(max = 50, message = "Xero tax types have at most 50 characters") String feeTaxType,
      @Size(max = XeroAccountRef.MAX_LENGTH, message = ACCOUNT_SIZE) String payoutAccountCode) {

    static Provider of(ProviderAccounts accounts) {
      return new Provider(
          accounts.recordPayments(),
          accounts.accountCode(),
          accounts.feeAccountCode(),
          accounts.feeTaxType(),
          accounts.payoutAccountCode());
    }

    ProviderAccounts toAccounts() {
      return new ProviderAccounts(
          Boolean.TRUE.equals(recordPayments),
          accountCode,
          feeAccountCode,
          feeTaxType,
          payoutAccountCode);
    }
  }

  static PaymentSettingsView of(Map<PaymentProvider, ProviderAccounts> accounts) {
    Map<String, Provider> providers = new LinkedHashMap<>();
    accounts.forEach((provider, chosen) -> providers.put(provider.name(), Provider.of(chosen)));
    return new PaymentSettingsView(providers);
  }
}
