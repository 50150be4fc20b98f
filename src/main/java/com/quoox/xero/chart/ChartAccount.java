package com.quoox.xero.chart;

import com.xero.models.accounting.Account;

/**
 * An account of the organisation's chart, as the settings screen offers it.
 *
 * @param active false for an archived account, which Xero refuses on new documents
 * @param enablePaymentsToAccount whether payments may be made into it (clearing accounts)
 * @param accountId Xero's id of the account, as reports name it
 */
public record ChartAccount(
    String code,
    String name,
    String type,
    String taxType,
    boolean active,
    boolean enablePaymentsToAccount,
    String accountId) {

  static ChartAccount of(Account account) {
    return new ChartAccount(
        account.getCode(),
        account.getName(),
        account.getType() == null ? null : account.getType().getValue(),
        account.getTaxType(),
        account.getStatus() == Account.StatusEnum.ACTIVE,
        Boolean.TRUE.equals(account.getEnablePaymentsToAccount()),
        account.getAccountID() == null ? null : account.getAccountID().toString());
  }
}
