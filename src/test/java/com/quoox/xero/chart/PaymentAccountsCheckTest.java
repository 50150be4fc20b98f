package com.quoox.xero.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.quoox.xero.events.PaymentProvider;
import com.quoox.xero.mapping.ProviderAccounts;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaymentAccountsCheckTest {

  private static final OrganisationChart CHART =
      new OrganisationChart(
          List.of(
              new ChartAccount("090", "Till float", "CURRENT", null, true, true, "id-090"),
              new ChartAccount("091", "Business Bank", "BANK", null, true, false, "id-091"),
              new ChartAccount("092", "Stripe", "BANK", null, true, false, "id-092"),
              new ChartAccount("093", "Old Stripe", "BANK", null, false, false, "id-093"),
              new ChartAccount("200", "Sales", "REVENUE", "OUTPUT2", true, false, "id-200"),
              new ChartAccount("404", "Bank Fees", "EXPENSE", "NONE", true, false, "id-404")),
          List.of(
              new ChartTaxRate("NONE", "No VAT", BigDecimal.ZERO, true, true, true),
              new ChartTaxRate(
                  "OUTPUT2", "20% (VAT on Income)", new BigDecimal("20"), true, true, false)),
          Instant.parse("2026-11-25T10:00:00Z"));

  private static List<CodingCheck.CodeProblem> problems(ProviderAccounts accounts) {
    return PaymentAccountsCheck.problems(Map.of(PaymentProvider.STRIPE, accounts), CHART);
  }

  private static ProviderAccounts accounts(
      String clearing, String feeAccount, String feeTax, String payout) {
    return new ProviderAccounts(true, clearing, feeAccount, feeTax, payout);
  }

  private static CodingCheck.CodeProblem problem(String field, String message) {
    return new CodingCheck.CodeProblem(field, message);
  }

  @Test
  void bankClearingAccountPaidOutToAnotherBankAccountHasNoProblems() {
    assertEquals(List.of(), problems(accounts("092", "404", "NONE", "091")));
  }

  @Test
  void accountWithPaymentsEnabledMayClearAProviderThatDoesNotPayOut() {
    assertEquals(List.of(), problems(accounts("090", null, null, null)));
  }

  @Test
  void accountWithPaymentsEnabledIsRefusedAsClearingWhenThereIsAPayoutAccount() {
    assertEquals(
        List.of(
            problem(
                "providers[STRIPE].accountCode",
                "Account 090 (Till float) is not a bank account: Xero spends fees and transfers"
                    + " payouts only from bank accounts, so add one for STRIPE (e.g. \"Stripe\")"
                    + " in Xero")),
        problems(accounts("090", null, null, "091")));
  }

  @Test
  void accountWithPaymentsEnabledIsRefusedAsClearingWhenThereIsAFeeAccount() {
    List<CodingCheck.CodeProblem> problems = problems(accounts("090", "404", "NONE", null));

    assertEquals(
        List.of("providers[STRIPE].accountCode"),
        problems.stream().map(CodingCheck.CodeProblem::field).toList());
  }

  @Test
  void revenueAccountIsRefusedAsClearingBecauseItCannotReceivePayments() {
    assertEquals(
        List.of(
            problem(
                "providers[STRIPE].accountCode",
                "Account 200 (Sales) cannot receive payments in Xero: choose a bank account or"
                    + " one with \"Enable payments to this account\" ticked")),
        problems(accounts("200", null, null, null)));
  }

  @Test
  void payoutAccountThatIsNotABankAccountIsRefused() {
    assertEquals(
        List.of(
            problem(
                "providers[STRIPE].payoutAccountCode",
                "Account 090 (Till float) is not a bank account: payouts reach a bank account")),
        problems(accounts("092", "404", "NONE", "090")));
  }

  @Test
  void payoutToTheClearingAccountItselfIsRefused() {
    assertEquals(
        List.of(
            problem(
                "providers[STRIPE].payoutAccountCode",
                "Payouts must go to another account than the clearing account")),
        problems(accounts("092", "404", "NONE", "092")));
  }

  @Test
  void unknownCodeIsRefusedOnItsOwnField() {
    assertEquals(
        List.of(
            problem(
                "providers[STRIPE].feeAccountCode",
                "Xero has no account with code 999 in this organisation")),
        problems(accounts("092", "999", "NONE", "091")));
  }

  @Test
  void archivedAccountIsRefusedOnceAndNotCheckedFurther() {
    assertEquals(
        List.of(
            problem(
                "providers[STRIPE].accountCode",
                "Account 093 (Old Stripe) is archived in Xero: choose an active account")),
        problems(accounts("093", "404", "NONE", "091")));
  }

  @Test
  void feeTaxRateThatOnlyAppliesToRevenueIsRefusedForSpending() {
    assertEquals(
        List.of(
            problem(
                "providers[STRIPE].feeTaxType",
                "Tax rate OUTPUT2 (20% (VAT on Income)) cannot be used on spending in Xero")),
        problems(accounts("092", "404", "OUTPUT2", "091")));
  }

  @Test
  void unknownFeeTaxTypeIsRefused() {
    assertEquals(
        List.of(
            problem(
                "providers[STRIPE].feeTaxType",
                "Xero has no tax rate INPUT9 in this organisation")),
        problems(accounts("092", "404", "INPUT9", "091")));
  }

  @Test
  void eachProviderIsNamedInItsOwnFields() {
    Map<PaymentProvider, ProviderAccounts> providers = new EnumMap<>(PaymentProvider.class);
    providers.put(PaymentProvider.STRIPE, accounts("092", "404", "NONE", "091"));
    providers.put(PaymentProvider.GOCARDLESS, accounts("999", null, null, null));
    providers.put(PaymentProvider.CASH, accounts("200", null, null, null));

    List<CodingCheck.CodeProblem> problems = PaymentAccountsCheck.problems(providers, CHART);

    assertEquals(
        List.of("providers[GOCARDLESS].accountCode", "providers[CASH].accountCode"),
        problems.stream().map(CodingCheck.CodeProblem::field).toList());
  }

  @Test
  void providerWithNothingChosenHasNoProblems() {
    assertEquals(List.of(), problems(ProviderAccounts.NOT_RECORDED));
  }
}
