package com.quoox.xero.mapping;

import com.quoox.xero.events.PayoutPaid;
import com.xero.models.accounting.Account;
import com.xero.models.accounting.BankTransaction;
import com.xero.models.accounting.BankTransfer;
import com.xero.models.accounting.Contact;
import com.xero.models.accounting.LineAmountTypes;
import com.xero.models.accounting.LineItem;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A provider's payout as Xero transactions: its fees spent from the clearing account to the fees
 * account, and its net moved from the clearing account to the bank account by a bank transfer. The
 * clearing account loses the payout's gross, which is what the payments it settles brought in, so
 * it returns to zero; the bank feed's line matches the transfer. Pure: no I/O.
 */
public final class PayoutToXero {

  /** The fees as spend money, or empty when the provider kept none. */
  public Optional<BankTransaction> fees(PayoutPaid payout, ProviderAccounts accounts) {
    if (payout.fees().signum() == 0) {
      return Optional.empty();
    }
    require(accounts.accountCode(), "the clearing account", payout);
    require(accounts.feeAccountCode(), "the fees account", payout);
    require(accounts.feeTaxType(), "the tax rate of fees", payout);
    LineItem fee =
        new LineItem()
            .description(providerName(payout) + " fees deducted from payout " + payout.payoutId())
            .quantity(1.0)
            .unitAmount(SdkNumber.of(payout.fees().setScale(2)))
            .accountCode(accounts.feeAccountCode())
            .taxType(accounts.feeTaxType());
    BankTransaction spend =
        new BankTransaction()
            .type(BankTransaction.TypeEnum.SPEND)
            .status(BankTransaction.StatusEnum.AUTHORISED)
            .contact(new Contact().name(providerName(payout)))
            .bankAccount(XeroAccountRef.of(accounts.accountCode()))
            // The provider states its fee as what it kept, tax included if any.
            .lineAmountTypes(LineAmountTypes.INCLUSIVE)
            .addLineItemsItem(fee)
            .reference(feesReference(payout));
    // The LocalDate setter: the SDK writes dates in Xero's own /Date(…)/ form, not ISO text.
    spend.setDate(XeroDate.of(payout.arrivalDate()));
    return Optional.of(spend);
  }

  /**
   * The net as a bank transfer, from the clearing account to the bank account, or the other way
   * when the provider took money from the bank (negative net); empty when the net is zero.
   */
  public Optional<BankTransfer> transfer(PayoutPaid payout, ProviderAccounts accounts) {
    if (payout.net().signum() == 0) {
      return Optional.empty();
    }
    require(accounts.accountCode(), "the clearing account", payout);
    require(accounts.payoutAccountCode(), "the bank account payouts go to", payout);
    Account clearing = XeroAccountRef.of(accounts.accountCode());
    Account bank = XeroAccountRef.of(accounts.payoutAccountCode());
    boolean intoBank = payout.net().signum() > 0;
    BankTransfer transfer =
        new BankTransfer()
            .fromBankAccount(intoBank ? clearing : bank)
            .toBankAccount(intoBank ? bank : clearing)
            .amount(SdkNumber.of(transferAmount(payout)))
            .reference(transferReference(payout));
    transfer.setDate(XeroDate.of(payout.arrivalDate()));
    return Optional.of(transfer);
  }

  /** The fees' Reference in Xero, by which they are found again after an unknown outcome. */
  public static String feesReference(PayoutPaid payout) {
    return "Fees " + payout.payoutId();
  }

  /** The transfer's Reference: the payout id, as on the bank statement line. */
  public static String transferReference(PayoutPaid payout) {
    return payout.payoutId();
  }

  /** The expected amounts, to check what Xero recorded against. */
  public static BigDecimal transferAmount(PayoutPaid payout) {
    return payout.net().abs().setScale(2);
  }

  private static String providerName(PayoutPaid payout) {
    return switch (payout.provider()) {
      case STRIPE -> "Stripe";
      case GOCARDLESS -> "GoCardless";
      case CASH -> "Cash";
      case CARD -> "Card provider";
      case OTHER -> "Payment provider";
    };
  }

  private static void require(String code, String what, PayoutPaid payout) {
    if (code == null) {
      throw new MappingException(
          "Choose "
              + what
              + " for "
              + payout.provider()
              + " in the Xero settings, then retry payout "
              + payout.payoutId());
    }
  }
}
