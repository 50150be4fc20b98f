package com.quoox.xero.mapping;

import java.util.Map;
import java.util.Objects;

/**
 * A business's mapping settings as the mapping needs them: account and tax per item category, the
 * defaults, the rounding account, the document status and the contact strategy.
 *
 * @param byCategory account coding per Quoox item category
 * @param sales coding for categories not in {@code byCategory} and for amount-only refunds
 * @param shipping coding for the shipping line
 * @param roundingAccount the account of the rounding line that makes Xero's total equal the charge
 * @param roundingTaxType a tax type with a 0 % rate (e.g. {@code NONE}), so rounding adds no tax
 * @param status the status new documents get
 * @param contactStrategy which contact invoices go to
 * @param singleContactName the contact for {@link ContactStrategy#SINGLE_CONTACT} and walk-in sales
 * @param referenceTemplate the document's Reference in Xero, with {@value #NUMBER} standing for the
 *     sale's or refund's number (so each reference stays unique: the dispatcher finds documents by
 *     it)
 * @param linkToSale whether invoices carry the link back to the sale in Quoox (Xero's Url)
 * @param invoicing a document per sale, or a daily summary (null: per sale)
 */
public record BusinessCoding(
    Map<String, AccountCoding> byCategory,
    AccountCoding sales,
    AccountCoding shipping,
    String roundingAccount,
    String roundingTaxType,
    DocumentStatus status,
    ContactStrategy contactStrategy,
    String singleContactName,
    String referenceTemplate,
    boolean linkToSale,
    Invoicing invoicing,
    LockedPeriod lockedPeriod) {

  public static final String DEFAULT_CONTACT_NAME = "Quoox Sales";

  /** The placeholder of the sale's or refund's number in {@code referenceTemplate}. */
  public static final String NUMBER = "{number}";

  public BusinessCoding {
    byCategory = byCategory == null ? Map.of() : Map.copyOf(byCategory);
    Objects.requireNonNull(sales, "sales coding");
    Objects.requireNonNull(shipping, "shipping coding");
    new AccountCoding(roundingAccount, roundingTaxType); // validates both are present
    status = status == null ? DocumentStatus.AUTHORISED : status;
    contactStrategy = contactStrategy == null ? ContactStrategy.SINGLE_CONTACT : contactStrategy;
    boolean noName = singleContactName == null || singleContactName.isBlank();
    singleContactName = noName ? DEFAULT_CONTACT_NAME : singleContactName.strip();
    boolean noTemplate = referenceTemplate == null || referenceTemplate.isBlank();
    referenceTemplate = noTemplate ? NUMBER : referenceTemplate.strip();
    if (!referenceTemplate.contains(NUMBER)) {
      throw new IllegalArgumentException("The reference template must contain " + NUMBER);
    }
    invoicing = invoicing == null ? Invoicing.PER_SALE : invoicing;
    lockedPeriod = lockedPeriod == null ? LockedPeriod.PARK : lockedPeriod;
  }

  /** A coding that sends a document per sale and parks what falls in a locked period. */
  public BusinessCoding(
      Map<String, AccountCoding> byCategory,
      AccountCoding sales,
      AccountCoding shipping,
      String roundingAccount,
      String roundingTaxType,
      DocumentStatus status,
      ContactStrategy contactStrategy,
      String singleContactName,
      String referenceTemplate,
      boolean linkToSale) {
    this(
        byCategory,
        sales,
        shipping,
        roundingAccount,
        roundingTaxType,
        status,
        contactStrategy,
        singleContactName,
        referenceTemplate,
        linkToSale,
        Invoicing.PER_SALE,
        LockedPeriod.PARK);
  }

  /** A coding with the plain sale number as reference and the link back to the sale. */
  public BusinessCoding(
      Map<String, AccountCoding> byCategory,
      AccountCoding sales,
      AccountCoding shipping,
      String roundingAccount,
      String roundingTaxType,
      DocumentStatus status,
      ContactStrategy contactStrategy,
      String singleContactName) {
    this(
        byCategory,
        sales,
        shipping,
        roundingAccount,
        roundingTaxType,
        status,
        contactStrategy,
        singleContactName,
        NUMBER,
        true);
  }

  /** The Reference in Xero of the sale or refund numbered {@code number}. */
  public String reference(String number) {
    return referenceTemplate.replace(NUMBER, number == null ? "" : number);
  }

  /** Xero's demo-company defaults: sales 200/OUTPUT2, shipping 200/OUTPUT2, rounding 860/NONE. */
  public static BusinessCoding defaults() {
    AccountCoding sales = new AccountCoding("200", "OUTPUT2");
    return new BusinessCoding(
        Map.of(),
        sales,
        sales,
        "860",
        "NONE",
        DocumentStatus.AUTHORISED,
        ContactStrategy.SINGLE_CONTACT,
        DEFAULT_CONTACT_NAME);
  }

  /** Whether documents in a locked period are dated on Xero's first open day instead. */
  public boolean datesOnFirstOpenDay() {
    return lockedPeriod == LockedPeriod.FIRST_OPEN_DAY;
  }

  /** Whether sales and refunds go to Xero as daily summaries. */
  public boolean dailySummary() {
    return invoicing == Invoicing.DAILY_SUMMARY;
  }

  /** The coding of a category, or the sales default when the business has not mapped it. */
  public AccountCoding codingFor(String category) {
    return category == null ? sales : byCategory.getOrDefault(category, sales);
  }

  AccountCoding rounding() {
    return new AccountCoding(roundingAccount, roundingTaxType);
  }
}
