package com.quoox.xero.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.quoox.xero.events.PaymentProvider;
import com.quoox.xero.events.PayoutPaid;
import com.xero.models.accounting.BankTransaction;
import com.xero.models.accounting.BankTransfer;
import com.xero.models.accounting.LineAmountTypes;
import com.xero.models.accounting.LineItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayoutToXeroTest {

  private static final ProviderAccounts ACCOUNTS =
      new ProviderAccounts(true, "092", "404", "NONE", "091");

  private final PayoutToXero mapper = new PayoutToXero();

  private static PayoutPaid payout(
      PaymentProvider provider, String gross, String fees, String net) {
    return new PayoutPaid(
        "biz-payout",
        "po_1",
        provider,
        LocalDate.of(2026, 11, 27),
        "GBP",
        new BigDecimal(gross),
        new BigDecimal(fees),
        new BigDecimal(net),
        List.of("ch_1", "ch_2"));
  }

  private static PayoutPaid stripe(String gross, String fees, String net) {
    return payout(PaymentProvider.STRIPE, gross, fees, net);
  }

  @Test
  void feesAreSpentFromTheClearingAccountAsOneTaxInclusiveLine() {
    BankTransaction fees = mapper.fees(stripe("100.00", "2.9", "97.10"), ACCOUNTS).orElseThrow();

    assertEquals(BankTransaction.TypeEnum.SPEND, fees.getType());
    assertEquals(BankTransaction.StatusEnum.AUTHORISED, fees.getStatus());
    assertEquals("092", fees.getBankAccount().getCode());
    assertEquals(LineAmountTypes.INCLUSIVE, fees.getLineAmountTypes());
    assertEquals("2026-11-27", fees.getDateAsDate().toString());
    assertEquals(1, fees.getLineItems().size());
    LineItem line = fees.getLineItems().get(0);
    assertEquals(1.0, line.getQuantity());
    assertEquals(2.9, line.getUnitAmount());
    assertEquals("404", line.getAccountCode());
    assertEquals("NONE", line.getTaxType());
    assertEquals("Stripe fees deducted from payout po_1", line.getDescription());
  }

  @Test
  void feesAreSpentWithTheProviderAsContactAndReferencedByThePayout() {
    PayoutPaid payout = payout(PaymentProvider.GOCARDLESS, "50.00", "0.60", "49.40");

    BankTransaction fees = mapper.fees(payout, ACCOUNTS).orElseThrow();

    assertEquals("GoCardless", fees.getContact().getName());
    assertEquals("Fees po_1", fees.getReference());
    assertEquals("Fees po_1", PayoutToXero.feesReference(payout));
  }

  @Test
  void payoutWithoutFeesSpendsNothingEvenWithoutFeeAccounts() {
    ProviderAccounts noFeeAccount = new ProviderAccounts(true, "092", null, null, "091");

    assertTrue(mapper.fees(stripe("100.00", "0.00", "100.00"), noFeeAccount).isEmpty());
  }

  @Test
  void netIsTransferredFromTheClearingAccountToTheBank() {
    BankTransfer transfer =
        mapper.transfer(stripe("100.00", "2.90", "97.10"), ACCOUNTS).orElseThrow();

    assertEquals("092", transfer.getFromBankAccount().getCode());
    assertEquals("091", transfer.getToBankAccount().getCode());
    assertEquals(97.1, transfer.getAmount());
    assertEquals("2026-11-27", transfer.getDateAsDate().toString());
    assertEquals("po_1", transfer.getReference());
  }

  @Test
  void negativeNetIsTransferredFromTheBankBackToTheClearingAccount() {
    PayoutPaid payout = stripe("-10.00", "1.50", "-11.50");

    BankTransfer transfer = mapper.transfer(payout, ACCOUNTS).orElseThrow();

    assertEquals("091", transfer.getFromBankAccount().getCode());
    assertEquals("092", transfer.getToBankAccount().getCode());
    assertEquals(11.5, transfer.getAmount());
    assertEquals(new BigDecimal("11.50"), PayoutToXero.transferAmount(payout));
  }

  @Test
  void zeroNetTransfersNothingEvenWithoutPayoutAccount() {
    ProviderAccounts noBank = new ProviderAccounts(true, "092", "404", "NONE", null);

    assertTrue(mapper.transfer(stripe("2.90", "2.90", "0.00"), noBank).isEmpty());
  }

  @Test
  void missingFeeAccountIsRefusedNamingWhatToChoose() {
    ProviderAccounts noFeeAccount = new ProviderAccounts(true, "092", null, "NONE", "091");

    MappingException refused =
        assertThrows(
            MappingException.class,
            () -> mapper.fees(stripe("100.00", "2.90", "97.10"), noFeeAccount));

    assertEquals(
        "Choose the fees account for STRIPE in the Xero settings, then retry payout po_1",
        refused.getMessage());
  }

  @Test
  void missingFeeTaxTypeIsRefusedNamingWhatToChoose() {
    ProviderAccounts noTax = new ProviderAccounts(true, "092", "404", null, "091");

    MappingException refused =
        assertThrows(
            MappingException.class, () -> mapper.fees(stripe("100.00", "2.90", "97.10"), noTax));

    assertEquals(
        "Choose the tax rate of fees for STRIPE in the Xero settings, then retry payout po_1",
        refused.getMessage());
  }

  @Test
  void missingClearingAccountIsRefusedForFeesAndTransfer() {
    ProviderAccounts noClearing = new ProviderAccounts(true, null, "404", "NONE", "091");
    PayoutPaid payout = stripe("100.00", "2.90", "97.10");

    MappingException fees =
        assertThrows(MappingException.class, () -> mapper.fees(payout, noClearing));
    MappingException transfer =
        assertThrows(MappingException.class, () -> mapper.transfer(payout, noClearing));

    String expected =
        "Choose the clearing account for STRIPE in the Xero settings, then retry payout po_1";
    assertEquals(expected, fees.getMessage());
    assertEquals(expected, transfer.getMessage());
  }

  @Test
  void missingPayoutAccountIsRefusedNamingWhatToChoose() {
    ProviderAccounts noBank = new ProviderAccounts(true, "092", "404", "NONE", "");

    MappingException refused =
        assertThrows(
            MappingException.class,
            () -> mapper.transfer(stripe("100.00", "2.90", "97.10"), noBank));

    assertEquals(
        "Choose the bank account payouts go to for STRIPE in the Xero settings,"
            + " then retry payout po_1",
        refused.getMessage());
  }
}
