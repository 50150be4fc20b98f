package com.quoox.xero.coding;

import com.quoox.xero.mapping.AccountCoding;
import com.quoox.xero.mapping.BusinessCoding;
import com.quoox.xero.mapping.ContactStrategy;
import com.quoox.xero.mapping.DocumentStatus;
import com.quoox.xero.mapping.Invoicing;
import com.quoox.xero.mapping.LockedPeriod;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A business's account and tax coding for Xero, as stored. The pure {@link BusinessCoding} is what
 * the mapping uses; this entity only keeps it.
 */
@Entity
@Table(name = "xero_business_mappings")
public class BusinessMappings {

  @Id
  @Column(name = "business_id", length = 64)
  private String businessId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "xero_category_coding", joinColumns = @JoinColumn(name = "business_id"))
  @MapKeyColumn(name = "category", length = 100)
  private Map<String, StoredCoding> categories = new HashMap<>();

  @AttributeOverride(
      name = "accountCode",
      column = @Column(name = "sales_account_code", length = 10))
  @AttributeOverride(name = "taxType", column = @Column(name = "sales_tax_type", length = 50))
  private StoredCoding sales;

  @AttributeOverride(
      name = "accountCode",
      column = @Column(name = "shipping_account_code", length = 10))
  @AttributeOverride(name = "taxType", column = @Column(name = "shipping_tax_type", length = 50))
  private StoredCoding shipping;

  @Column(name = "rounding_account_code", length = 10)
  private String roundingAccount;

  @Column(name = "rounding_tax_type", length = 50)
  private String roundingTaxType;

  @Enumerated(EnumType.STRING)
  @Column(name = "invoice_status", length = 16)
  private DocumentStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "contact_strategy", length = 16)
  private ContactStrategy contactStrategy;

  @Column(name = "single_contact_name", length = 255)
  private String singleContactName;

  @Column(name = "reference_template", length = 255)
  private String referenceTemplate;

  /** Null in rows saved before the option existed: the link was always sent then. */
  @Column(name = "link_to_sale")
  private Boolean linkToSale;

  /** Null in rows saved before the option existed: an invoice per sale. */
  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private Invoicing invoicing;

  /** Null in rows saved before the option existed: parked. */
  @Enumerated(EnumType.STRING)
  @Column(name = "locked_period", length = 16)
  private LockedPeriod lockedPeriod;

  protected BusinessMappings() {}

  public BusinessMappings(String businessId, BusinessCoding coding) {
    this.businessId = businessId;
    change(coding);
  }

  public void change(BusinessCoding coding) {
    categories =
        coding.byCategory().entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> StoredCoding.of(e.getValue())));
    sales = StoredCoding.of(coding.sales());
    shipping = StoredCoding.of(coding.shipping());
    roundingAccount = coding.roundingAccount();
    roundingTaxType = coding.roundingTaxType();
    status = coding.status();
    contactStrategy = coding.contactStrategy();
    singleContactName = coding.singleContactName();
    referenceTemplate = coding.referenceTemplate();
    linkToSale = coding.linkToSale();
    invoicing = coding.invoicing();
    lockedPeriod = coding.lockedPeriod();
  }

  public BusinessCoding toCoding() {
    return new BusinessCoding(
        categories.entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toCoding())),
        sales.toCoding(),
        shipping.toCoding(),
        roundingAccount,
        roundingTaxType,
        status,
        contactStrategy,
        singleContactName,
        referenceTemplate,
        linkToSale == null || linkToSale,
        invoicing,
        lockedPeriod);
  }

  /** An account code and tax type as columns. */
  @Embeddable
  public static class StoredCoding {
    @Column(name = "account_code", length = 10)
    private String accountCode;

    @Column(name = "tax_type", length = 50)
    private String taxType;

    protected StoredCoding() {}

    static StoredCoding of(AccountCoding coding) {
      StoredCoding stored = new StoredCoding();
      stored.accountCode = coding.accountCode();
      stored.taxType = coding.taxType();
      return stored;
    }

    AccountCoding toCoding() {
      return new AccountCoding(accountCode, taxType);
    }
  }
}
