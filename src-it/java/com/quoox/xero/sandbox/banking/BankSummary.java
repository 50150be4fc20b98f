package com.quoox.xero.sandbox.banking;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.quoox.xero.sandbox.accounting.Books;
import com.quoox.xero.sandbox.accounting.ChartOfAccounts;
import com.quoox.xero.sandbox.http.XeroJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Xero's Bank Summary report as a ReportWithRow: a header, then a section with one row per active
 * bank account (opening balance, cash received, cash spent, closing balance; amounts as strings
 * with 2 decimals) and a total row, laid out like the example in Xero's contract.
 */
public final class BankSummary {

  private static final DateTimeFormatter REPORT_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private BankSummary() {}

  public static ObjectNode report(Books books, String organisation, LocalDate from, LocalDate to) {
    ObjectNode report = XeroJson.object();
    report.put("ReportID", "BankSummary");
    report.put("ReportName", "Bank Summary");
    report.put("ReportType", "BankSummary");
    report
        .putArray("ReportTitles")
        .add("Bank Summary")
        .add(organisation)
        .add("From " + REPORT_DATE.format(from) + " to " + REPORT_DATE.format(to));
    report.put("ReportDate", REPORT_DATE.format(LocalDate.now(ZoneOffset.UTC)));
    report.put("UpdatedDateUTC", XeroJson.msDate(Instant.now()));
    report.putArray("Fields");
    ArrayNode rows = report.putArray("Rows");
    row(rows, "Header")
        .set(
            "Cells",
            cells(
                "Bank Accounts",
                "Opening Balance",
                "Cash Received",
                "Cash Spent",
                "Closing Balance"));
    ObjectNode section = row(rows, "Section").put("Title", "");
    accountRows(section.putArray("Rows"), books, from, to);
    return report;
  }

  private static void accountRows(ArrayNode rows, Books books, LocalDate from, LocalDate to) {
    BankMovements movements = new BankMovements(books);
    BankMovements.Figures total = BankMovements.Figures.ZERO;
    for (ChartOfAccounts.Account account : books.bankAccounts()) {
      if (books.archived(account)) {
        continue;
      }
      BankMovements.Figures figures = movements.figures(account, from, to);
      total = total.plus(figures);
      String id = account.id().toString();
      ArrayNode cells = row(rows, "Row").putArray("Cells");
      attributed(cells.addObject().put("Value", account.name()), "accountID", id);
      cells.addObject().put("Value", money(figures.opening()));
      attributed(cells.addObject().put("Value", money(figures.received())), "account", id);
      attributed(cells.addObject().put("Value", money(figures.spent())), "account", id);
      cells.addObject().put("Value", money(figures.closing()));
    }
    row(rows, "SummaryRow")
        .set(
            "Cells",
            cells(
                "Total",
                money(total.opening()),
                money(total.received()),
                money(total.spent()),
                money(total.closing())));
  }

  private static ObjectNode row(ArrayNode rows, String rowType) {
    return rows.addObject().put("RowType", rowType);
  }

  private static ArrayNode cells(String... values) {
    ArrayNode cells = XeroJson.MAPPER.createArrayNode();
    for (String value : values) {
      cells.addObject().put("Value", value);
    }
    return cells;
  }

  private static void attributed(ObjectNode cell, String id, String value) {
    cell.putArray("Attributes").addObject().put("Value", value).put("Id", id);
  }

  private static String money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
