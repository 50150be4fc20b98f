package com.quoox.xero.coding;

import com.quoox.xero.events.PaymentProvider;
import com.quoox.xero.mapping.ProviderAccounts;
import com.quoox.xero.mapping.XeroAccountRef;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One business's accounts for one payment provider, as stored. */
@Entity
@Table(name = "xero_provider_settings")
public class ProviderSettings {

  @EmbeddedId private Key key;

  @Column(name = "record_payments", nullable = false)
  private boolean recordPayments;

  @Column(name = "account_code", length = XeroAccountRef.MAX_LENGTH)
  private String accountCode;

  @Column(name = "fee_account_code", length = XeroAccountRef.MAX_LENGTH)
  private String feeAccountCode;

  @Column(name = "fee_tax_type", length = 50)
  private String feeTaxType;

  @Column(name = "payout_account_code", length = XeroAccountRef.MAX_LENGTH)
  private String payoutAccountCode;

  protected ProviderSettings() {}

  ProviderSettings(String businessId, PaymentProvider provider) {
    this.key = new Key(businessId, provider);
  }

  void change(ProviderAccounts accounts) {
    recordPayments = accounts.recordPayments();
    accountCode = accounts.accountCode();
    feeAccountCode = accounts.feeAccountCode();
    feeTaxType = accounts.feeTaxType();
    payoutAccountCode = accounts.payoutAccountCode();
  }

  PaymentProvider provider() {
    return key.provider;
  }

  ProviderAccounts toAccounts() {
    return new ProviderAccounts(
        recordPayments, accountCode, feeAccountCode, feeTaxType, payoutAccountCode);
  }

  /** Business and provider. */
  @Embeddable
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "business_id", length = 64)
    private String businessId;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private PaymentProvider provider;

    protected Key() {}

    Key(String businessId, PaymentProvider provider) {
      this.businessId = businessId;
      this.provider = provider;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k && businessId.equals(k.businessId) && provider == k.provider;
    }

    @Override
    public int hashCode() {
      return Objects.hash(businessId, provider);
    }
  }
}
