package com.quoox.xero.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.quoox.xero.events.Customer;
import com.xero.models.accounting.Contact;
import com.xero.models.accounting.CreditNote;
import com.xero.models.accounting.Invoice;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BusinessCodingTest {

  @Test
  void defaultsAreSales200Output2Rounding860NoneAuthorisedOnOneContact() {
    BusinessCoding coding = BusinessCoding.defaults();
    assertEquals(new AccountCoding("200", "OUTPUT2"), coding.sales());
    assertEquals(new AccountCoding("200", "OUTPUT2"), coding.shipping());
    assertEquals("860", coding.roundingAccount());
    assertEquals("NONE", coding.roundingTaxType());
    assertEquals(DocumentStatus.AUTHORISED, coding.status());
    assertEquals(ContactStrategy.SINGLE_CONTACT, coding.contactStrategy());
    assertEquals("Quoox Sales", coding.singleContactName());
  }

  @Test
  void mappedCategoryTakesItsCodingAndOthersTakeTheSalesDefault() {
    BusinessCoding coding = Fixtures.coding();
    assertEquals(Fixtures.FOOD, coding.codingFor("food"));
    assertEquals(coding.sales(), coding.codingFor("gift wrap"));
    assertEquals(coding.sales(), coding.codingFor(null));
  }

  @Test
  void missingStatusStrategyAndContactNameFallBackToTheDefaults() {
    AccountCoding sales = new AccountCoding("200", "OUTPUT2");
    BusinessCoding coding = new BusinessCoding(null, sales, sales, "860", "NONE", null, null, " ");
    assertEquals(Map.of(), coding.byCategory());
    assertEquals(DocumentStatus.AUTHORISED, coding.status());
    assertEquals(ContactStrategy.SINGLE_CONTACT, coding.contactStrategy());
    assertEquals("Quoox Sales", coding.singleContactName());
  }

  @Test
  void codingWithoutARoundingAccountIsRefused() {
    AccountCoding sales = new AccountCoding("200", "OUTPUT2");
    assertThrows(
        IllegalArgumentException.class,
        () -> new BusinessCoding(Map.of(), sales, sales, null, "NONE", null, null, null));
    assertThrows(IllegalArgumentException.class, () -> new AccountCoding(" ", "OUTPUT2"));
  }

  @Test
  void documentStatusConvertsToTheSdkStatusOfInvoicesAndCreditNotes() {
    assertEquals(Invoice.StatusEnum.DRAFT, DocumentStatus.DRAFT.invoiceStatus());
    assertEquals(Invoice.StatusEnum.SUBMITTED, DocumentStatus.SUBMITTED.invoiceStatus());
    assertEquals(Invoice.StatusEnum.AUTHORISED, DocumentStatus.AUTHORISED.invoiceStatus());
    assertEquals(CreditNote.StatusEnum.DRAFT, DocumentStatus.DRAFT.creditNoteStatus());
    assertEquals(CreditNote.StatusEnum.SUBMITTED, DocumentStatus.SUBMITTED.creditNoteStatus());
    assertEquals(CreditNote.StatusEnum.AUTHORISED, DocumentStatus.AUTHORISED.creditNoteStatus());
  }

  @Test
  void singleContactPutsEveryCustomerOnTheNamedContact() {
    Contact contact =
        ContactStrategy.SINGLE_CONTACT.contactFor(
            new Customer("c1", "Ada Lovelace", "ada@example.com"), "Till sales");
    assertEquals("Till sales", contact.getName());
    assertNull(contact.getEmailAddress());
  }

  @Test
  void perCustomerContactCarriesNameAndEmail() {
    Contact contact =
        ContactStrategy.PER_CUSTOMER.contactFor(
            new Customer("c1", " Ada Lovelace ", "ada@example.com"), "Quoox Sales");
    assertEquals("Ada Lovelace", contact.getName());
    assertEquals("ada@example.com", contact.getEmailAddress());
  }

  @Test
  void perCustomerFallsBackToTheSingleContactForWalkInSales() {
    assertEquals(
        "Quoox Sales", ContactStrategy.PER_CUSTOMER.contactFor(null, "Quoox Sales").getName());
    Contact nameless =
        ContactStrategy.PER_CUSTOMER.contactFor(new Customer("c2", " ", null), "Quoox Sales");
    assertEquals("Quoox Sales", nameless.getName());
  }

  @Test
  void perCustomerWithoutANameIsNamedByEmail() {
    Contact contact =
        ContactStrategy.PER_CUSTOMER.contactFor(
            new Customer("c3", null, "bob@example.com"), "Quoox Sales");
    assertEquals("bob@example.com", contact.getName());
    assertEquals("bob@example.com", contact.getEmailAddress());
  }
}
