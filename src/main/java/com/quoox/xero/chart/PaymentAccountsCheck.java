package com.quoox.xero.chart;

import com.quoox.xero.events.PaymentProvider;
import com.quoox.xero.mapping.ProviderAccounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks where each payment provider's money goes against the organisation's chart, before it is
 * saved: Xero takes payments only into bank accounts or accounts with payments enabled, moves money
 * only between bank accounts, and spends only from a bank account. Field names are those of the
 * JSON the screen sends ({@code providers[STRIPE].accountCode}).
 */
public final class PaymentAccountsCheck {

  private static final String BANK = "BANK";

  private PaymentAccountsCheck() {}

  public static List<CodingCheck.CodeProblem> problems(
      Map<PaymentProvider, ProviderAccounts> providers, OrganisationChart chart) {
    List<CodingCheck.CodeProblem> problems = new ArrayList<>();
    providers.forEach((provider, accounts) -> check(provider, accounts, chart, problems));
    return problems;
  }

  private static void check(
      PaymentProvider provider,
      ProviderAccounts accounts,
      OrganisationChart chart,
      List<CodingCheck.CodeProblem> problems) {
    String field = "providers[" + provider + "].";
    boolean paysOut = accounts.payoutAccountCode() != null || accounts.feeAccountCode() != null;
    active(accounts.accountCode(), field + "accountCode", chart, problems)
        .ifPresent(
            clearing -> {
              if (paysOut && !BANK.equals(clearing.type())) {
                problems.add(
                    new CodingCheck.CodeProblem(
                        field + "accountCode",
                        describe(clearing)
                            + " is not a bank account: Xero spends fees and transfers payouts"
                            + " only from bank accounts, so add one for "
                            + provider
                            + " (e.g. \"Stripe\") in Xero"));
              } else if (!BANK.equals(clearing.type()) && !clearing.enablePaymentsToAccount()) {
                problems.add(
                    new CodingCheck.CodeProblem(
                        field + "accountCode",
                        describe(clearing)
                            + " cannot receive payments in Xero: choose a bank account or one"
                            + " with \"Enable payments to this account\" ticked"));
              }
            });
    active(accounts.payoutAccountCode(), field + "payoutAccountCode", chart, problems)
        .ifPresent(
            bank -> {
              if (!BANK.equals(bank.type())) {
                problems.add(
                    new CodingCheck.CodeProblem(
                        field + "payoutAccountCode",
                        describe(bank) + " is not a bank account: payouts reach a bank account"));
              } else if (bank.code().equals(accounts.accountCode())) {
                problems.add(
                    new CodingCheck.CodeProblem(
                        field + "payoutAccountCode",
                        "Payouts must go to another account than the clearing account"));
              }
            });
    active(accounts.feeAccountCode(), field + "feeAccountCode", chart, problems);
    if (accounts.feeTaxType() != null) {
      chart
          .taxRate(accounts.feeTaxType())
          .ifPresentOrElse(
              rate -> {
                String why =
                    !rate.active()
                        ? ") is no longer active in Xero"
                        : !rate.canApplyToExpenses()
                            ? ") cannot be used on spending in Xero"
                            : null;
                if (why != null) {
                  problems.add(
                      new CodingCheck.CodeProblem(
                          field + "feeTaxType",
                          "Tax rate " + rate.taxType() + " (" + rate.name() + why));
                }
              },
              () ->
                  problems.add(
                      new CodingCheck.CodeProblem(
                          field + "feeTaxType",
                          "Xero has no tax rate "
                              + accounts.feeTaxType()
                              + " in this organisation")));
    }
  }

  /** The account if it is in the chart and active; a problem on {@code field} if not. */
  private static Optional<ChartAccount> active(
      String code, String field, OrganisationChart chart, List<CodingCheck.CodeProblem> problems) {
    if (code == null) {
      return Optional.empty();
    }
    Optional<ChartAccount> account = chart.account(code);
    if (account.isEmpty()) {
      problems.add(
          new CodingCheck.CodeProblem(
              field, "Xero has no account with code " + code + " in this organisation"));
      return Optional.empty();
    }
    if (!account.get().active()) {
      problems.add(
          new CodingCheck.CodeProblem(
              field, describe(account.get()) + " is archived in Xero: choose an active account"));
      return Optional.empty();
    }
    return account;
  }

  private static String describe(ChartAccount account) {
    return "Account " + account.code() + " (" + account.name() + ")";
  }
}
