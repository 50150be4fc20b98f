package com.quoox.xero.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.xero.models.accounting.ReportAttribute;
import com.xero.models.accounting.ReportCell;
import com.xero.models.accounting.ReportRow;
import com.xero.models.accounting.ReportRows;
import com.xero.models.accounting.ReportWithRow;
import com.xero.models.accounting.RowType;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BankBalancesTest {

  private static final String BUSINESS_BANK = "5f1c2d9e-0a4b-4c6d-8e7f-101112131415";
  private static final String STRIPE = "6a2b3c4d-5e6f-4a1b-9c2d-3e4f5a6b7c8d";
  private static final String OVERDRAWN = "7b3c4d5e-6f7a-4b2c-8d3e-4f5a6b7c8d9e";

  private static ReportRows header(String... titles) {
    return new ReportRows().rowType(RowType.HEADER).cells(cells(titles));
  }

  private static List<ReportCell> cells(String... values) {
    return Arrays.stream(values).map(v -> new ReportCell().value(v)).toList();
  }

  /** A row of the report: the account's name (carrying its id), then the four amounts. */
  private static ReportRow account(
      String accountId, String name, String opening, String in, String out, String closing) {
    ReportCell nameCell =
        new ReportCell()
            .value(name)
            .addAttributesItem(new ReportAttribute().id("accountID").value(accountId));
    return new ReportRow()
        .rowType(RowType.ROW)
        .addCellsItem(nameCell)
        .addCellsItem(amountCell(opening, accountId))
        .addCellsItem(amountCell(in, accountId))
        .addCellsItem(amountCell(out, accountId))
        .addCellsItem(amountCell(closing, accountId));
  }

  private static ReportCell amountCell(String value, String accountId) {
    return new ReportCell()
        .value(value)
        .addAttributesItem(new ReportAttribute().id("account").value(accountId));
  }

  private static ReportRow total(String closing) {
    return new ReportRow().rowType(RowType.SUMMARYROW).cells(cells("Total", "", "", "", closing));
  }

  private static ReportWithRow bankSummary(ReportRow... rows) {
    return new ReportWithRow()
        .reportName("Bank Summary")
        .addRowsItem(
            header(
                "Bank Accounts",
                "Opening Balance",
                "Cash Received",
                "Cash Spent",
                "Closing Balance"))
        .addRowsItem(new ReportRows().rowType(RowType.SECTION).title("").rows(List.of(rows)));
  }

  @Test
  void closingBalanceIsReadPerAccountId() {
    ReportWithRow report =
        bankSummary(
            account(BUSINESS_BANK, "Business Bank", "1,000.00", "500.00", "265.50", "1,234.50"),
            account(STRIPE, "Stripe", "0.00", "97.10", "97.10", "0.00"),
            total("1,234.50"));

    assertEquals(
        Map.of(BUSINESS_BANK, new BigDecimal("1234.50"), STRIPE, new BigDecimal("0.00")),
        BankBalances.closingByAccountId(report));
  }

  @Test
  void overdrawnAccountHasANegativeClosingBalance() {
    ReportWithRow report =
        bankSummary(account(OVERDRAWN, "Overdraft", "10.00", "0.00", "22.00", "-12.00"));

    assertEquals(
        Map.of(OVERDRAWN, new BigDecimal("-12.00")), BankBalances.closingByAccountId(report));
  }

  @Test
  void largeBalanceWithThousandsSeparatorsIsReadExactly() {
    ReportWithRow report =
        bankSummary(
            account(BUSINESS_BANK, "Business Bank", "0.00", "0.00", "0.00", "-1,234,567.89"));

    assertEquals(
        new BigDecimal("-1234567.89"), BankBalances.closingByAccountId(report).get(BUSINESS_BANK));
  }

  @Test
  void closingColumnIsFoundByItsTitleWhereverItIs() {
    ReportRow row =
        new ReportRow()
            .rowType(RowType.ROW)
            .addCellsItem(
                new ReportCell()
                    .value("Stripe")
                    .addAttributesItem(new ReportAttribute().id("accountID").value(STRIPE)))
            .addCellsItem(new ReportCell().value("42.00"))
            .addCellsItem(new ReportCell().value("7.00"));
    ReportWithRow report =
        new ReportWithRow()
            .addRowsItem(header("Bank Accounts", "closing balance", "Opening Balance"))
            .addRowsItem(new ReportRows().rowType(RowType.SECTION).addRowsItem(row));

    assertEquals(Map.of(STRIPE, new BigDecimal("42.00")), BankBalances.closingByAccountId(report));
  }

  @Test
  void summaryRowIsNotAnAccount() {
    ReportWithRow report = bankSummary(total("99.00"));

    assertEquals(Map.of(), BankBalances.closingByAccountId(report));
  }

  @Test
  void accountWithBlankClosingBalanceIsLeftOut() {
    ReportWithRow report =
        bankSummary(
            account(STRIPE, "Stripe", "", "", "", " "),
            account(BUSINESS_BANK, "Business Bank", "0.00", "0.00", "0.00", "5.00"));

    assertEquals(
        Map.of(BUSINESS_BANK, new BigDecimal("5.00")), BankBalances.closingByAccountId(report));
  }

  @Test
  void reportWithoutHeaderOrRowsHasNoBalances() {
    ReportWithRow noHeader =
        new ReportWithRow()
            .addRowsItem(
                new ReportRows()
                    .rowType(RowType.SECTION)
                    .addRowsItem(account(STRIPE, "Stripe", "0.00", "0.00", "0.00", "5.00")));

    assertEquals(Map.of(), BankBalances.closingByAccountId(noHeader));
    assertEquals(Map.of(), BankBalances.closingByAccountId(new ReportWithRow()));
  }
}
