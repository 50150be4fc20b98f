package com.quoox.xero.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.quoox.xero.mapping.AccountCoding;
import com.quoox.xero.mapping.BusinessCoding;
import com.quoox.xero.mapping.ContactStrategy;
import com.quoox.xero.mapping.DocumentStatus;
import com.quoox.xero.mapping.Invoicing;
import com.quoox.xero.mapping.LockedPeriod;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CodingChangesTest {

  private static final AccountCoding SALES = new AccountCoding("200", "OUTPUT2");

  @Test
  void theSalesAccountChangeIsSaidOldToNew() {
    BusinessCoding before = coding(Map.of(), SALES);
    BusinessCoding after = coding(Map.of(), new AccountCoding("210", "OUTPUT2"));

    assertEquals("Sales account 200 → 210", CodingChanges.between(before, after).toString());
  }

  @Test
  void categoriesAddedRemovedAndChangedAreEachNamed() {
    BusinessCoding before = coding(Map.of("coffee", SALES, "tea", SALES, "cake", SALES), SALES);
    BusinessCoding after =
        coding(
            Map.of(
                "coffee",
                new AccountCoding("200", "ZERORATEDOUTPUT"),
                "cake",
                SALES,
                "bakery",
                new AccountCoding("260", "NONE")),
            SALES);

    assertEquals(
        "Category bakery added: 260 / NONE; Category coffee tax type OUTPUT2 → ZERORATEDOUTPUT;"
            + " Category tea removed (was 200 / OUTPUT2)",
        CodingChanges.between(before, after).toString());
  }

  @Test
  void invoiceOptionsAreNamedInPlainWords() {
    BusinessCoding before = BusinessCoding.defaults();
    BusinessCoding after =
        new BusinessCoding(
            Map.of(),
            SALES,
            SALES,
            "860",
            "NONE",
            DocumentStatus.DRAFT,
            ContactStrategy.PER_CUSTOMER,
            "Walk-ins",
            "Quoox {number}",
            false,
            Invoicing.DAILY_SUMMARY,
            LockedPeriod.FIRST_OPEN_DAY);

    assertEquals(
        "Invoice status AUTHORISED → DRAFT; Contact SINGLE_CONTACT → PER_CUSTOMER;"
            + " Contact name Quoox Sales → Walk-ins; Reference {number} → Quoox {number};"
            + " Link to sale on → off; Invoicing PER_SALE → DAILY_SUMMARY;"
            + " Locked period PARK → FIRST_OPEN_DAY",
        CodingChanges.between(before, after).toString());
  }

  @Test
  void theSameCodingSavedAgainChangesNothing() {
    assertTrue(
        CodingChanges.between(BusinessCoding.defaults(), BusinessCoding.defaults()).isEmpty());
  }

  private static BusinessCoding coding(Map<String, AccountCoding> categories, AccountCoding sales) {
    return new BusinessCoding(
        categories,
        sales,
        SALES,
        "860",
        "NONE",
        DocumentStatus.AUTHORISED,
        ContactStrategy.SINGLE_CONTACT,
        BusinessCoding.DEFAULT_CONTACT_NAME);
  }
}
