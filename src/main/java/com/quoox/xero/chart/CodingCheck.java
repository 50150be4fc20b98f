package com.quoox.xero.chart;

import com.quoox.xero.mapping.AccountCoding;
import com.quoox.xero.mapping.BusinessCoding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks a business's coding against its organisation's chart before it is saved, so a code Xero
 * would refuse is named on the settings screen, next to its field, instead of parking sales later.
 * Field names are those of the JSON the screen sends ({@code categories[coffee].accountCode}).
 */
public final class CodingCheck {

  /** A field whose code Xero would refuse, and why, in words for the business owner. */
  public record CodeProblem(String field, String message) {}

  private CodingCheck() {}

  public static List<CodeProblem> problems(BusinessCoding coding, OrganisationChart chart) {
    List<CodeProblem> problems = new ArrayList<>();
    Map<String, AccountCoding> categories = new TreeMap<>(coding.byCategory());
    categories.forEach((category, c) -> check(c, "categories[" + category + "]", chart, problems));
    check(coding.sales(), "sales", chart, problems);
    check(coding.shipping(), "shipping", chart, problems);
    account(coding.roundingAccount(), "roundingAccount", chart, problems);
    taxType(coding.roundingTaxType(), "roundingTaxType", chart, problems);
    return problems;
  }

  private static void check(
      AccountCoding coding, String field, OrganisationChart chart, List<CodeProblem> problems) {
    account(coding.accountCode(), field + ".accountCode", chart, problems);
    taxType(coding.taxType(), field + ".taxType", chart, problems);
  }

  private static void account(
      String code, String field, OrganisationChart chart, List<CodeProblem> problems) {
    chart
        .account(code)
        .ifPresentOrElse(
            account -> {
              if (!account.active()) {
                problems.add(
                    new CodeProblem(
                        field,
                        "Account "
                            + code
                            + " ("
                            + account.name()
                            + ") is archived in Xero: choose an active account"));
              }
            },
            () ->
                problems.add(
                    new CodeProblem(
                        field, "Xero has no account with code " + code + " in this organisation")));
  }

  private static void taxType(
      String taxType, String field, OrganisationChart chart, List<CodeProblem> problems) {
    chart
        .taxRate(taxType)
        .ifPresentOrElse(
            rate -> {
              if (!rate.active()) {
                problems.add(
                    new CodeProblem(
                        field,
                        "Tax rate "
                            + taxType
                            + " ("
                            + rate.name()
                            + ") is no longer active in Xero"));
              } else if (!rate.canApplyToRevenue()) {
                problems.add(
                    new CodeProblem(
                        field,
                        "Tax rate "
                            + taxType
                            + " ("
                            + rate.name()
                            + ") cannot be used on sales in Xero"));
              }
            },
            () ->
                problems.add(
                    new CodeProblem(
                        field, "Xero has no tax rate " + taxType + " in this organisation")));
  }
}
