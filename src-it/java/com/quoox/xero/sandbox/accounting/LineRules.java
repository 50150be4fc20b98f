package com.quoox.xero.sandbox.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import com.quoox.xero.sandbox.http.XeroJson;
import java.math.BigDecimal;
import java.util.List;

/**
 * The checks Xero makes on each line of an invoice, credit note or bank transaction (account, tax
 * rate, decimals, discounts, line total), with Xero's messages where they are known.
 */
public final class LineRules {

  /**
   * What the lines belong to.
   *
   * @param words its name in messages, e.g. "credit note"
   * @param sales true for sales documents, which may only use tax rates that apply to revenue
   * @param approved false for drafts, whose lines may still lack an account
   * @param discounts whether lines may carry DiscountRate or DiscountAmount
   * @param unitdp the decimal places UnitAmount may have (2, or 4 with unitdp=4)
   * @param checkLineAmounts whether a LineAmount sent must match Xero's own (it does on Xero)
   */
  public record Owner(
      String words,
      boolean sales,
      boolean approved,
      boolean discounts,
      int unitdp,
      boolean checkLineAmounts) {}

  private LineRules() {}

  /** Adds Xero's messages for the prepared lines (see {@link Books#prepareLines}) to errors. */
  public static void check(JsonNode lines, Owner owner, Books books, List<String> errors) {
    if (owner.approved() && (lines == null || lines.isEmpty())) {
      errors.add("At least one line item is required to approve a " + owner.words() + ".");
    }
    if (lines == null) {
      return;
    }
    int index = 1;
    for (JsonNode line : lines) {
      accountErrors(line, index, owner, books, errors);
      taxErrors(line, owner, errors);
      amountErrors(line, index, owner, errors);
      index++;
    }
  }

  private static void accountErrors(
      JsonNode line, int index, Owner owner, Books books, List<String> errors) {
    String code = XeroJson.text(line, "AccountCode");
    if (code == null) {
      if (owner.approved()) {
        errors.add(
            "Account code must be specified on line "
                + index
                + " for an approved "
                + owner.words()
                + ".");
      }
      return;
    }
    ChartOfAccounts.account(code)
        .ifPresentOrElse(
            account -> {
              if (books.archived(account)) {
                errors.add(
                    "Account code '"
                        + code
                        + "' has been archived, or has been deleted. "
                        + "Each line item must reference a valid account.");
              }
            },
            () -> errors.add("Account code '" + code + "' is not a valid code for this document."));
  }

  private static void taxErrors(JsonNode line, Owner owner, List<String> errors) {
    String taxType = XeroJson.text(line, "TaxType");
    boolean taxUsable =
        ChartOfAccounts.taxRate(taxType)
            .filter(rate -> rate.revenue() || !owner.sales())
            .isPresent();
    if (!taxUsable) {
      errors.add(
          "The TaxType code '"
              + taxType
              + "' does not exist or cannot be used for this type of transaction.");
    }
  }

  private static void amountErrors(JsonNode line, int index, Owner owner, List<String> errors) {
    BigDecimal unit = XeroJson.decimal(line, "UnitAmount");
    if (unit != null && unit.stripTrailingZeros().scale() > owner.unitdp()) {
      errors.add(
          "The UnitAmount "
              + unit.toPlainString()
              + " on line "
              + index
              + " has more than "
              + owner.unitdp()
              + " decimal places"
              + (owner.unitdp() < 4 ? " (send unitdp=4 to allow up to 4)." : "."));
    }
    boolean discounted = line.hasNonNull("DiscountRate") || line.hasNonNull("DiscountAmount");
    if (!owner.discounts() && discounted) {
      errors.add("Discounts are not supported on " + owner.words() + "s (line " + index + ").");
    }
    if (owner.discounts() && unit != null && !line.hasNonNull("DiscountRate")) {
      discountAmountErrors(line, unit, errors);
    }
    BigDecimal given = XeroJson.decimal(line, "LineAmount");
    BigDecimal expected = DocumentTotals.expectedLineAmount(line);
    // Xero checks a LineAmount sent against its own arithmetic
    // (https://github.com/XeroAPI/Xero-NetStandard/issues/147).
    if (owner.checkLineAmounts()
        && given != null
        && unit != null
        && given.compareTo(expected) != 0) {
      errors.add(
          "The line total "
              + money(given)
              + " does not match the expected line total "
              + money(expected));
    }
  }

  /**
   * A DiscountAmount larger than the line, or on a negative line, is refused with the rate it makes
   * (https://github.com/XeroAPI/Xero-OpenAPI/issues/429).
   */
  private static void discountAmountErrors(JsonNode line, BigDecimal unit, List<String> errors) {
    BigDecimal amount = XeroJson.decimal(line, "DiscountAmount");
    if (amount == null) {
      return;
    }
    BigDecimal gross = DocumentTotals.quantity(line).multiply(unit);
    BigDecimal rate = DocumentTotals.discountRate(line);
    if (gross.signum() < 0 || rate.compareTo(new BigDecimal("100")) > 0) {
      errors.add(
          "The discount rate '"
              + rate.toPlainString()
              + "' is invalid. Discount must not be greater than the line total.");
    }
  }

  /** Amounts in Xero's messages show at least 2 decimal places, e.g. 1.00. */
  private static String money(BigDecimal amount) {
    return (amount.scale() < 2 ? amount.setScale(2) : amount).toPlainString();
  }
}
