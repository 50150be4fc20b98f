package com.quoox.xero.sandbox.banking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.quoox.xero.sandbox.accounting.Books;
import com.quoox.xero.sandbox.accounting.ChartOfAccounts;
import com.quoox.xero.sandbox.http.XeroJson;
import java.util.List;

/**
 * The bank accounts that spend money, receive money and transfers name by {@code Code} or {@code
 * AccountID}. Xero takes only active accounts of Type BANK there: a clearing account of another
 * type (such as 090, a current asset with payments enabled) can take payments but not these.
 */
public final class BankAccounts {

  private BankAccounts() {}

  /** Adds the reasons the {@code field} (e.g. "FromBankAccount") cannot be used to errors. */
  public static void check(JsonNode reference, String field, Books books, List<String> errors) {
    if (XeroJson.text(reference, "Code") == null && XeroJson.text(reference, "AccountID") == null) {
      errors.add("The " + field + " must be specified with its Code or AccountID.");
      return;
    }
    books
        .account(reference)
        .ifPresentOrElse(
            account -> {
              if (!account.type().equals("BANK")) {
                errors.add(
                    "Account '"
                        + account.code()
                        + "' is not a bank account: the "
                        + field
                        + " must be an account of Type BANK.");
              } else if (books.archived(account)) {
                errors.add("The " + field + " '" + account.code() + "' has been archived.");
              }
            },
            () -> errors.add("The " + field + " could not be found."));
  }

  /**
   * The checked account, as Xero answers it inside a bank transaction or transfer (without Code
   * when it has none).
   */
  public static ObjectNode summary(JsonNode reference, Books books) {
    ChartOfAccounts.Account account = books.account(reference).orElseThrow();
    ObjectNode summary = XeroJson.object();
    summary.put("AccountID", account.id().toString());
    if (account.code() != null) {
      summary.put("Code", account.code());
    }
    summary.put("Name", account.name());
    return summary;
  }
}
