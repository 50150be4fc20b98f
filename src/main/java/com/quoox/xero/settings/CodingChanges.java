package com.quoox.xero.settings;

import com.quoox.xero.audit.ChangeSummary;
import com.quoox.xero.mapping.AccountCoding;
import com.quoox.xero.mapping.BusinessCoding;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a save of the account and tax coding changed, field by field, for the audit trail: "Sales
 * account 200 → 210; Category tea added: 200 / OUTPUT2"; none when nothing changed.
 */
final class CodingChanges {

  private CodingChanges() {}

  static ChangeSummary between(BusinessCoding before, BusinessCoding after) {
    ChangeSummary changes = new ChangeSummary();
    coding(changes, "Sales", before.sales(), after.sales());
    categories(changes, before.byCategory(), after.byCategory());
    coding(changes, "Shipping", before.shipping(), after.shipping());
    changes
        .field("Rounding account", before.roundingAccount(), after.roundingAccount())
        .field("Rounding tax type", before.roundingTaxType(), after.roundingTaxType())
        .field("Invoice status", before.status(), after.status())
        .field("Contact", before.contactStrategy(), after.contactStrategy())
        .field("Contact name", before.singleContactName(), after.singleContactName())
        .field("Reference", before.referenceTemplate(), after.referenceTemplate())
        .field("Link to sale", onOff(before.linkToSale()), onOff(after.linkToSale()))
        .field("Invoicing", before.invoicing(), after.invoicing())
        .field("Locked period", before.lockedPeriod(), after.lockedPeriod());
    return changes;
  }

  private static void coding(
      ChangeSummary changes, String label, AccountCoding before, AccountCoding after) {
    changes
        .field(label + " account", before.accountCode(), after.accountCode())
        .field(label + " tax type", before.taxType(), after.taxType());
  }

  private static void categories(
      ChangeSummary changes, Map<String, AccountCoding> before, Map<String, AccountCoding> after) {
    TreeSet<String> names = new TreeSet<>(before.keySet());
    names.addAll(after.keySet());
    for (String name : names) {
      AccountCoding was = before.get(name);
      AccountCoding is = after.get(name);
      if (was == null) {
        changes.note("Category " + name + " added: " + shown(is));
      } else if (is == null) {
        changes.note("Category " + name + " removed (was " + shown(was) + ")");
      } else {
        coding(changes, "Category " + name, was, is);
      }
    }
  }

  private static String shown(AccountCoding coding) {
    return coding.accountCode() + " / " + coding.taxType();
  }

  private static String onOff(boolean on) {
    return on ? "on" : "off";
  }
}
