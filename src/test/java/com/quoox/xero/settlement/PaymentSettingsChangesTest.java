package com.quoox.xero.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.quoox.xero.events.PaymentProvider;
import com.quoox.xero.mapping.ProviderAccounts;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaymentSettingsChangesTest {

  @Test
  void aProviderSwitchedOnNamesItsNewAccounts() {
    Map<PaymentProvider, ProviderAccounts> before =
        Map.of(PaymentProvider.STRIPE, ProviderAccounts.NOT_RECORDED);
    Map<PaymentProvider, ProviderAccounts> sent =
        Map.of(PaymentProvider.STRIPE, new ProviderAccounts(true, "090", "404", "NONE", "091"));

    assertEquals(
        "Stripe: record payments off → on; Stripe: clearing account none → 090;"
            + " Stripe: fee account none → 404; Stripe: fee tax type none → NONE;"
            + " Stripe: payout account none → 091",
        PaymentSettingsChanges.between(before, sent).toString());
  }

  @Test
  void providersNotSentAndUnchangedAreNotNamed() {
    ProviderAccounts cash = new ProviderAccounts(true, "090", null, null, null);
    Map<PaymentProvider, ProviderAccounts> before =
        Map.of(
            PaymentProvider.CASH,
            cash,
            PaymentProvider.CARD,
            new ProviderAccounts(true, "091", null, null, null));

    assertTrue(
        PaymentSettingsChanges.between(before, Map.of(PaymentProvider.CASH, cash)).isEmpty());
    assertEquals(
        "Card: clearing account 091 → 094",
        PaymentSettingsChanges.between(
                before,
                Map.of(PaymentProvider.CARD, new ProviderAccounts(true, "094", null, null, null)))
            .toString());
  }
}
