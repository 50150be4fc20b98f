package com.quoox.xero.sandbox.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.quoox.xero.sandbox.http.XeroJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The checks Xero makes when an invoice or credit note is created, with Xero's messages where they
 * are known, so the module meets the same rejections here as in production.
 */
public final class DocumentRules {

  private static final Set<String> CREATABLE_STATUSES = Set.of("DRAFT", "SUBMITTED", "AUTHORISED");

  private DocumentRules() {}

  /**
   * Returns Xero's validation messages for a prepared document (see {@link Books#prepare}), empty
   * if valid.
   */
  public static List<String> check(
      ObjectNode prepared, DocumentKind kind, int unitdp, Books books) {
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
    LineRules.Owner owner =
        new LineRules.Owner(
            kind.words,
            DocumentKind.isSales(type),
            !"DRAFT".equals(status),
            kind == DocumentKind.INVOICE,
            unitdp,
            books.checkLineAmounts);
    LineRules.check(prepared.get("LineItems"), owner, books, errors);
    // Drafts and documents awaiting approval may still be dated in a locked period
    // (https://help.xero.com/us/Settings_LockDate); approving them may not.
    if ("AUTHORISED".equals(status)) {
      books.lockErrors(prepared, errors);
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

  public static void contactErrors(JsonNode contact, Books books, List<String> errors) {
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

  public static String capitalised(String words) {
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
