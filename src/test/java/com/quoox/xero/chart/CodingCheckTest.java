package com.quoox.xero.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.quoox.xero.mapping.AccountCoding;
import com.quoox.xero.mapping.BusinessCoding;
import com.quoox.xero.mapping.ContactStrategy;
import com.quoox.xero.mapping.DocumentStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CodingCheckTest {

  private static final OrganisationChart CHART =
      new OrganisationChart(
          List.of(
              new ChartAccount("200", "Sales", "REVENUE", "OUTPUT2", true, false, null),
              new ChartAccount("201", "Old Sales", "REVENUE", "OUTPUT2", false, false, null),
              new ChartAccount("860", "Rounding", "CURRLIAB", "NONE", true, false, null)),
          List.of(
              new ChartTaxRate(
                  "OUTPUT2", "20% (VAT on Income)", new BigDecimal("20"), true, true, false),
              new ChartTaxRate("NONE", "No VAT", BigDecimal.ZERO, true, true, true),
              new ChartTaxRate(
                  "INPUT2", "20% (VAT on Expenses)", new BigDecimal("20"), true, false, true),
              new ChartTaxRate("OLDVAT", "17.5% VAT", new BigDecimal("17.5"), false, true, false)),
          Instant.now());

  @Test
  void codingOfActiveCodesHasNoProblems() {
    assertEquals(List.of(), CodingCheck.problems(coding(Map.of(), "200", "OUTPUT2"), CHART));
  }

  @Test
  void eachRefusedCodeIsNamedOnItsOwnField() {
    BusinessCoding coding =
        coding(
            Map.of(
                "coffee", new AccountCoding("999", "OUTPUT2"),
                "tea", new AccountCoding("201", "OLDVAT")),
            "200",
            "INPUT2");

    List<CodingCheck.CodeProblem> problems = CodingCheck.problems(coding, CHART);

    assertEquals(
        List.of(
            "categories[coffee].accountCode",
            "categories[tea].accountCode",
            "categories[tea].taxType",
            "sales.taxType",
            "shipping.taxType"),
        problems.stream().map(CodingCheck.CodeProblem::field).toList());
    assertEquals(
        "Xero has no account with code 999 in this organisation", problems.get(0).message());
    assertEquals(
        "Account 201 (Old Sales) is archived in Xero: choose an active account",
        problems.get(1).message());
    assertEquals(
        "Tax rate OLDVAT (17.5% VAT) is no longer active in Xero", problems.get(2).message());
    assertEquals(
        "Tax rate INPUT2 (20% (VAT on Expenses)) cannot be used on sales in Xero",
        problems.get(3).message());
  }

  private static BusinessCoding coding(
      Map<String, AccountCoding> categories, String salesAccount, String salesTax) {
    AccountCoding sales = new AccountCoding(salesAccount, salesTax);
    return new BusinessCoding(
        categories,
        sales,
        sales,
        "860",
        "NONE",
        DocumentStatus.AUTHORISED,
        ContactStrategy.SINGLE_CONTACT,
        "Quoox Sales");
  }
}
