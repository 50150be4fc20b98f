package com.quoox.xero.mapping;

/**
 * Where one payment provider's money goes in Xero, as the business chose.
 *
 * @param recordPayments whether this module records the provider's payments at all: off when
 *     another integration already does, so nothing is counted twice
 * @param accountCode the clearing account payments go into and refunds come out of (a bank account
 *     in Xero for providers that pay out, so transfers can be made from it)
 * @param feeAccountCode the expense account of the provider's fees
 * @param feeTaxType the tax type of the fees (e.g. {@code NONE}: card fees carry no VAT in the UK)
 * @param payoutAccountCode the business's bank account the provider pays out to
 */
public record ProviderAccounts(
    boolean recordPayments,
    String accountCode,
    String feeAccountCode,
    String feeTaxType,
    String payoutAccountCode) {

  /** A provider the business has not set up: its payments are not recorded. */
  public static final ProviderAccounts NOT_RECORDED =
      new ProviderAccounts(false, null, null, null, null);

  public ProviderAccounts {
    accountCode = blankToNull(accountCode);
    feeAccountCode = blankToNull(feeAccountCode);
    feeTaxType = blankToNull(feeTaxType);
    payoutAccountCode = blankToNull(payoutAccountCode);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
