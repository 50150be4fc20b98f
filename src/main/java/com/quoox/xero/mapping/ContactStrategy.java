package com.quoox.xero.mapping;

import com.quoox.xero.events.Customer;
import com.xero.models.accounting.Contact;

/**
 * Which Xero contact a sale's invoice goes to. Xero matches a contact sent without a ContactID by
 * its Name and creates it when none exists, so sending the name is enough.
 */
public enum ContactStrategy {
  /**
   * Every sale on one contact, e.g. "Quoox Sales": keeps the contact list small for walk-in trade.
   */
  SINGLE_CONTACT {
    @Override
    Contact contactFor(Customer customer, String singleContactName) {
      return new Contact().name(singleContactName);
    }
  },
  /** One contact per customer (name and email); walk-in sales fall back to the single contact. */
  PER_CUSTOMER {
    @Override
    Contact contactFor(Customer customer, String singleContactName) {
      String name = customer == null ? null : firstNonBlank(customer.name(), customer.email());
      if (name == null) {
        return SINGLE_CONTACT.contactFor(customer, singleContactName);
      }
      Contact contact = new Contact().name(name.strip());
      if (customer.email() != null && !customer.email().isBlank()) {
        contact.emailAddress(customer.email().strip());
      }
      return contact;
    }
  };

  abstract Contact contactFor(Customer customer, String singleContactName);

  private static String firstNonBlank(String first, String second) {
    if (first != null && !first.isBlank()) {
      return first;
    }
    return second != null && !second.isBlank() ? second : null;
  }
}
