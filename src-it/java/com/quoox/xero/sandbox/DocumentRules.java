package com.quoox.xero.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The checks Xero makes when an invoice or credit note is created, with Xero's messages where they
 * are known, so the module meets the same rejections here as in production.
 */
final class DocumentRules {

  private static final Set<String> CREATABLE_STATUSES = Set.of("DRAFT", "SUBMITTED", "AUTHORISED");

  private DocumentRules() {}

  /**
   * Returns Xero's validation messages for a prepared document (see {@link Books#prepare}), empty
   * if valid.
   */
  static List<String> check(ObjectNode prepared, DocumentKind kind, int unitdp, Books books) {
    List<String> errors = new ArrayList<>();
    String type = XeroJson.text(prepared, "Type");
    if (type == null || !kind.types.contains(type)) {
      errors.add("The " + kind.words + " Type must be one of " + kind.types + ".");
    }
    String status = XeroJson.text(prepared, "Status");
    if (!CREATABLE_STATUSES.contains(status)) {
      errors.add(capitalised(kind.words) + " not of valid status for creation");
    }
    String currency = XeroJson.text(prepared, "CurrencyCode");
    if (!"GBP".equals(currency)) {
      errors.add("Organisation is not subscribed to currency " + currency);
    }
    contactErrors(prepared.get("Contact"), books, errors);
    String number = XeroJson.text(prepared, kind.numberField);
    if (number != null && books.hasNumber(kind, number)) {
      errors.add(
          kind == DocumentKind.INVOICE
              ? "Invoice # must be unique."
              : "Credit Note Number must be unique.");
    }
    JsonNode lines = prepared.get("LineItems");
    if (!"DRAFT".equals(status) && (lines == null || lines.isEmpty())) {
      errors.add("At least one line item is required to approve a " + kind.words + ".");
    }
    int index = 1;
    for (JsonNode line : prepared.withArray("LineItems")) {
      lineErrors(line, index++, kind, type, status, unitdp, books, errors);
    }
    if (errors.isEmpty()) {
      ObjectNode totalled = prepared.deepCopy();
      DocumentTotals.apply(totalled);
      if (XeroJson.decimal(totalled, "Total").signum() < 0) {
        errors.add("The " + kind.words + " total cannot be negative.");
      }
    }
    return errors;
  }

  private static void contactErrors(JsonNode contact, Books books, List<String> errors) {
    String id = XeroJson.text(contact, "ContactID");
    String name = XeroJson.text(contact, "Name");
    if (id != null) {
      if (books.contact(id).isEmpty()) {
        errors.add("The contact with ContactID '" + id + "' could not be found.");
      }
    } else if (name == null || name.isBlank()) {
      errors.add("A Contact must be specified for this type of transaction");
    }
  }

  private static void lineErrors(
      JsonNode line,
      int index,
      DocumentKind kind,
      String type,
      String status,
      int unitdp,
      Books books,
      List<String> errors) {
    String code = XeroJson.text(line, "AccountCode");
    if (code == null) {
      if (!"DRAFT".equals(status)) {
        errors.add(
            "Account code must be specified on line "
                + index
                + " for an approved "
                + kind.words
                + ".");
      }
    } else {
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
              () ->
                  errors.add("Account code '" + code + "' is not a valid code for this document."));
    }
    String taxType = XeroJson.text(line, "TaxType");
    boolean taxUsable =
        ChartOfAccounts.taxRate(taxType)
            .filter(rate -> rate.revenue() || !DocumentKind.isSales(type))
            .isPresent();
    if (!taxUsable) {
      errors.add(
          "The TaxType code '"
              + taxType
              + "' does not exist or cannot be used for this type of transaction.");
    }
    amountErrors(line, index, kind, unitdp, errors);
  }

  private static void amountErrors(
      JsonNode line, int index, DocumentKind kind, int unitdp, List<String> errors) {
    BigDecimal unit = XeroJson.decimal(line, "UnitAmount");
    if (unit != null && unit.stripTrailingZeros().scale() > unitdp) {
      errors.add(
          "The UnitAmount "
              + unit.toPlainString()
              + " on line "
              + index
              + " has more than "
              + unitdp
              + " decimal places"
              + (unitdp < 4 ? " (send unitdp=4 to allow up to 4)." : "."));
    }
    boolean discounted = line.hasNonNull("DiscountRate") || line.hasNonNull("DiscountAmount");
    if (kind == DocumentKind.CREDIT_NOTE && discounted) {
      errors.add("Discounts are not supported on credit notes (line " + index + ").");
    }
    BigDecimal given = XeroJson.decimal(line, "LineAmount");
    BigDecimal expected = DocumentTotals.expectedLineAmount(line);
    if (given != null && unit != null && given.compareTo(expected) != 0) {
      errors.add(
          "The line total "
              + given.toPlainString()
              + " on line "
              + index
              + " does not match the expected line total "
              + expected.toPlainString()
              + " (Quantity x UnitAmount less discount, rounded to 2 decimal places).");
    }
  }

  private static String capitalised(String words) {
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
