package com.quoox.xero.settlement;

import com.xero.models.accounting.ReportAttribute;
import com.xero.models.accounting.ReportCell;
import com.xero.models.accounting.ReportRow;
import com.xero.models.accounting.ReportRows;
import com.xero.models.accounting.ReportWithRow;
import com.xero.models.accounting.RowType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The closing balance of each bank account, read from Xero's Bank Summary report: a header row
 * naming the columns, then one row per account whose first cell carries the account's id.
 */
final class BankBalances {

  private static final String CLOSING = "Closing Balance";

  private BankBalances() {}

  /** Closing balance per Xero account id. */
  static Map<String, BigDecimal> closingByAccountId(ReportWithRow report) {
    Map<String, BigDecimal> balances = new HashMap<>();
    int closing = -1;
    for (ReportRows row : nullSafe(report.getRows())) {
      if (row.getRowType() == RowType.HEADER) {
        closing = indexOf(row.getCells(), CLOSING);
      } else if (row.getRowType() == RowType.SECTION && closing >= 0) {
        for (ReportRow account : nullSafe(row.getRows())) {
          if (account.getRowType() == RowType.ROW) {
            read(account.getCells(), closing, balances);
          }
        }
      }
    }
    return balances;
  }

  private static void read(List<ReportCell> cells, int closing, Map<String, BigDecimal> balances) {
    if (cells == null || cells.size() <= closing) {
      return;
    }
    String accountId =
        nullSafe(cells.get(0).getAttributes()).stream()
            .filter(a -> "accountID".equals(a.getId()))
            .map(ReportAttribute::getValue)
            .findFirst()
            .orElse(null);
    String value = cells.get(closing).getValue();
    if (accountId != null && value != null && !value.isBlank()) {
      // Xero writes report amounts as text with 2 decimal places, e.g. "1234.50" or "-12.00".
      balances.put(
          accountId,
          new BigDecimal(value.replace(",", "").strip()).setScale(2, RoundingMode.HALF_UP));
    }
  }

  private static int indexOf(List<ReportCell> cells, String title) {
    for (int i = 0; cells != null && i < cells.size(); i++) {
      if (title.equalsIgnoreCase(cells.get(i).getValue())) {
        return i;
      }
    }
    return -1;
  }

  private static <T> List<T> nullSafe(List<T> list) {
    return list == null ? List.of() : list;
  }
}
