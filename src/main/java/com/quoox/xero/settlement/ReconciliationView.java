package com.quoox.xero.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Per clearing account, the balance Quoox expects (its SENT payments less refunds paid and payouts)
 * beside the balance Xero reports, and the payouts not yet in Xero.
 *
 * @param accounts one row per clearing account in use
 * @param xeroBalancesError why Xero's balances could not be read, or null
 * @param payoutsNotTransferred payouts waiting, failed or parked
 */
public record ReconciliationView(
    List<ClearingAccount> accounts,
    String xeroBalancesError,
    List<PendingPayout> payoutsNotTransferred) {

  /**
   * @param accountCode the clearing account, or null for money recorded before its provider was
   *     switched off
   * @param providers the providers whose money goes there
   * @param expected what Quoox has recorded there
   * @param inXero Xero's closing balance today, or null when unknown (not a bank account, or Xero
   *     could not be read)
   * @param difference {@code inXero - expected}, or null
   */
  public record ClearingAccount(
      String accountCode,
      List<String> providers,
      BigDecimal expected,
      BigDecimal inXero,
      BigDecimal difference) {}

  public record PendingPayout(
      String entryId,
      String provider,
      String payoutId,
      LocalDate arrivalDate,
      BigDecimal net,
      String state,
      String lastError) {}
}
