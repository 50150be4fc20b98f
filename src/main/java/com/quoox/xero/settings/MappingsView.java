package com.quoox.xero.settings;

import com.quoox.xero.mapping.AccountCoding;
import com.quoox.xero.mapping.BusinessCoding;
import com.quoox.xero.mapping.ContactStrategy;
import com.quoox.xero.mapping.DocumentStatus;
import com.quoox.xero.mapping.Invoicing;
import com.quoox.xero.mapping.LockedPeriod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The account and tax coding of a business as the settings screen reads and writes it.
 *
 * @param categories account code and tax type per Quoox item category
 * @param sales the coding of lines whose category is not mapped
 * @param referenceTemplate the Reference of documents in Xero, e.g. "Quoox {number}" (default: the
 *     number alone)
 * @param linkToSale whether invoices link back to the sale in Quoox (default: yes)
 * @param invoicing an invoice per sale (default) or a daily summary
 * @param lockedPeriod what is dated in a period locked in Xero: parked (default) or dated on the
 *     first open day
 */
public record MappingsView(
    @Size(max = 500, message = "at most 500 item categories can be mapped")
        Map<
                @NotBlank(message = "a category name must not be blank") @Size(max = 100) String,
                @Valid @NotNull Coding>
            categories,
    @NotNull(message = "choose the default sales account and tax type") @Valid Coding sales,
    @NotNull(message = "choose the shipping account and tax type") @Valid Coding shipping,
    @NotBlank(message = "choose the rounding account") @Size(max = 10) String roundingAccount,
    @NotBlank(message = "choose the tax type of rounding lines") @Size(max = 50)
        String roundingTaxType,
    @NotNull(message = "choose DRAFT, SUBMITTED or AUTHORISED") DocumentStatus invoiceStatus,
    @NotNull(message = "choose SINGLE_CONTACT or PER_CUSTOMER") ContactStrategy contactStrategy,
    @NotBlank(message = "name the contact that sales go to") @Size(max = 255)
        String singleContactName,
    @Size(max = 180, message = "keep the reference template under 180 characters")
        @Pattern(
            regexp = "(?s).*\\{number\\}.*",
            message = "must contain {number}, so that each document's reference is unique")
        String referenceTemplate,
    Boolean linkToSale,
    Invoicing invoicing,
    LockedPeriod lockedPeriod) {

  /** An account code and a tax type, as Xero names them (e.g. "200" and "OUTPUT2"). */
  public record Coding(
      @NotBlank(message = "choose an account code")
          @Size(max = 10, message = "Xero account codes have at most 10 characters")
          String accountCode,
      @NotBlank(message = "choose a tax type") @Size(max = 50) String taxType) {

    static Coding of(AccountCoding coding) {
      return new Coding(coding.accountCode(), coding.taxType());
    }

    AccountCoding toCoding() {
      return new AccountCoding(accountCode.trim(), taxType.trim());
    }
  }

  static MappingsView of(BusinessCoding coding) {
    return new MappingsView(
        coding.byCategory().entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> Coding.of(e.getValue()))),
        Coding.of(coding.sales()),
        Coding.of(coding.shipping()),
        coding.roundingAccount(),
        coding.roundingTaxType(),
        coding.status(),
        coding.contactStrategy(),
        coding.singleContactName(),
        coding.referenceTemplate(),
        coding.linkToSale(),
        coding.invoicing(),
        coding.lockedPeriod());
  }

  BusinessCoding toCoding() {
    Map<String, AccountCoding> byCategory =
        categories == null
            ? Map.of()
            : categories.entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().trim(), e -> e.getValue().toCoding()));
    return new BusinessCoding(
        byCategory,
        sales.toCoding(),
        shipping.toCoding(),
        roundingAccount.trim(),
        roundingTaxType.trim(),
        invoiceStatus,
        contactStrategy,
        singleContactName.trim(),
        referenceTemplate,
        linkToSale == null || linkToSale,
        invoicing,
        lockedPeriod);
  }
}
