package com.quoox.xero.settlement;

import com.quoox.xero.audit.ChangeSummary;
import com.quoox.xero.events.PaymentProvider;
import com.quoox.xero.mapping.ProviderAccounts;
import java.util.Map;

/**
 * What a save of the payment settings changed, per provider sent, for the audit trail: "Stripe:
 * record payments off → on; Stripe: clearing account none → 090"; none when nothing changed.
 */
final class PaymentSettingsChanges {

  private PaymentSettingsChanges() {}

  static ChangeSummary between(
      Map<PaymentProvider, ProviderAccounts> before, Map<PaymentProvider, ProviderAccounts> sent) {
    ChangeSummary changes = new ChangeSummary();
    sent.forEach(
        (provider, after) -> {
          ProviderAccounts was = before.getOrDefault(provider, ProviderAccounts.NOT_RECORDED);
          String name = nameOf(provider) + ": ";
          changes
              .field(
                  name + "record payments",
                  onOff(was.recordPayments()),
                  onOff(after.recordPayments()))
              .field(name + "clearing account", was.accountCode(), after.accountCode())
              .field(name + "fee account", was.feeAccountCode(), after.feeAccountCode())
              .field(name + "fee tax type", was.feeTaxType(), after.feeTaxType())
              .field(name + "payout account", was.payoutAccountCode(), after.payoutAccountCode());
        });
    return changes;
  }

  private static String nameOf(PaymentProvider provider) {
    return switch (provider) {
      case STRIPE -> "Stripe";
      case GOCARDLESS -> "GoCardless";
      case CASH -> "Cash";
      case CARD -> "Card";
      case OTHER -> "Other";
    };
  }

  private static String onOff(boolean on) {
    return on ? "on" : "off";
  }
}
