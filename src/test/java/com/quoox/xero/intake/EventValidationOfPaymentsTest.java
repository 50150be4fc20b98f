package com.quoox.xero.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.quoox.xero.events.PaymentProvider;
import com.quoox.xero.events.PaymentReceived;
import com.quoox.xero.events.PayoutPaid;
import com.quoox.xero.events.RefundPaid;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventValidationOfPaymentsTest {

  private static final Instant AT = Instant.parse("2026-11-25T10:15:00Z");

  private static PaymentReceived received(String amount, String fee, String providerPaymentId) {
    return new PaymentReceived(
        "biz-received",
        "pay-1",
        "sale-1",
        PaymentProvider.STRIPE,
        amount == null ? null : new BigDecimal(amount),
        "GBP",
        providerPaymentId,
        fee == null ? null : new BigDecimal(fee),
        AT);
  }

  private static RefundPaid paid(String amount) {
    return new RefundPaid(
        "biz-paid",
        "refpay-1",
        "refund-1",
        PaymentProvider.STRIPE,
        amount == null ? null : new BigDecimal(amount),
        "GBP",
        "re_1",
        AT);
  }

  private static PayoutPaid payout(String gross, String fees, String net) {
    return new PayoutPaid(
        "biz-payout",
        "po_1",
        PaymentProvider.STRIPE,
        LocalDate.of(2026, 11, 27),
        "GBP",
        new BigDecimal(gross),
        new BigDecimal(fees),
        new BigDecimal(net),
        List.of("ch_1"));
  }

  @Test
  void validPaymentReceivedHasNoProblems() {
    assertEquals(List.of(), EventValidation.problemsOf(received("12.50", "0.38", "ch_1")));
  }

  @Test
  void cashPaymentWithoutProviderIdOrFeeHasNoProblems() {
    assertEquals(List.of(), EventValidation.problemsOf(received("5", null, null)));
  }

  @Test
  void everyMissingFieldOfAPaymentReceivedIsNamed() {
    PaymentReceived empty =
        new PaymentReceived(null, " ", null, null, null, null, null, null, null);

    assertEquals(
        List.of(
            "businessId is missing",
            "paymentId is missing",
            "saleId is missing",
            "provider is missing",
            "amount is missing",
            "currency must be a three-letter ISO 4217 code, was null",
            "receivedAt is missing"),
        EventValidation.problemsOf(empty));
  }

  @Test
  void paymentOfZeroIsAProblem() {
    assertEquals(
        List.of("amount must be more than zero, was 0.00"),
        EventValidation.problemsOf(received("0.00", null, "ch_1")));
  }

  @Test
  void negativePaymentIsAProblem() {
    assertEquals(
        List.of("amount must be more than zero, was -3.00"),
        EventValidation.problemsOf(received("-3.00", null, "ch_1")));
  }

  @Test
  void paymentWithThreeDecimalPlacesIsAProblem() {
    assertEquals(
        List.of("amount has more than 2 decimal places: 10.005"),
        EventValidation.problemsOf(received("10.005", null, "ch_1")));
  }

  @Test
  void paymentWithTrailingZerosBeyondTheCentIsWholeCents() {
    assertEquals(List.of(), EventValidation.problemsOf(received("10.5000", null, "ch_1")));
  }

  @Test
  void negativeFeeIsAProblem() {
    assertEquals(
        List.of("fee must not be negative, was -0.30"),
        EventValidation.problemsOf(received("10.00", "-0.30", "ch_1")));
  }

  @Test
  void providerPaymentIdLongerThanItsColumnIsAProblem() {
    assertEquals(
        List.of("providerPaymentId is longer than 64 characters"),
        EventValidation.problemsOf(received("10.00", null, "c".repeat(65))));
  }

  @Test
  void validRefundPaidHasNoProblems() {
    assertEquals(List.of(), EventValidation.problemsOf(paid("4.20")));
  }

  @Test
  void everyMissingFieldOfARefundPaidIsNamed() {
    RefundPaid empty = new RefundPaid("", null, null, null, null, "gbp", null, null);

    assertEquals(
        List.of(
            "businessId is missing",
            "refundPaymentId is missing",
            "refundId is missing",
            "provider is missing",
            "amount is missing",
            "currency must be a three-letter ISO 4217 code, was gbp",
            "paidAt is missing"),
        EventValidation.problemsOf(empty));
  }

  @Test
  void refundPaidOfZeroOrLessIsAProblem() {
    assertEquals(
        List.of("amount must be more than zero, was 0"), EventValidation.problemsOf(paid("0")));
    assertEquals(
        List.of("amount must be more than zero, was -1.00"),
        EventValidation.problemsOf(paid("-1.00")));
  }

  @Test
  void refundPaidWithThreeDecimalPlacesIsAProblem() {
    assertEquals(
        List.of("amount has more than 2 decimal places: 4.201"),
        EventValidation.problemsOf(paid("4.201")));
  }

  @Test
  void validPayoutHasNoProblems() {
    assertEquals(List.of(), EventValidation.problemsOf(payout("100.00", "2.90", "97.10")));
  }

  @Test
  void payoutTakingMoneyFromTheBankIsValidWhenItAddsUp() {
    assertEquals(List.of(), EventValidation.problemsOf(payout("-10.00", "1.50", "-11.50")));
  }

  @Test
  void payoutWhoseGrossLessFeesIsNotItsNetIsNamedWithTheFigures() {
    assertEquals(
        List.of("gross 100.00 less fees 2.90 is not the net 97.00"),
        EventValidation.problemsOf(payout("100.00", "2.90", "97.00")));
  }

  @Test
  void payoutWithNegativeFeesIsAProblem() {
    assertEquals(
        List.of("fees must not be negative, was -2.90"),
        EventValidation.problemsOf(payout("100.00", "-2.90", "102.90")));
  }

  @Test
  void payoutAmountsWithThreeDecimalPlacesAreProblems() {
    assertEquals(
        List.of(
            "gross has more than 2 decimal places: 100.005",
            "fees has more than 2 decimal places: 2.905"),
        EventValidation.problemsOf(payout("100.005", "2.905", "97.10")));
  }

  @Test
  void everyMissingFieldOfAPayoutIsNamed() {
    PayoutPaid empty = new PayoutPaid(null, null, null, null, null, null, null, null, null);

    assertEquals(
        List.of(
            "businessId is missing",
            "payoutId is missing",
            "provider is missing",
            "arrivalDate is missing",
            "currency must be a three-letter ISO 4217 code, was null",
            "gross is missing",
            "fees is missing",
            "net is missing"),
        EventValidation.problemsOf(empty));
  }

  @Test
  void payoutIdLongerThanItsColumnIsAProblem() {
    PayoutPaid longId =
        new PayoutPaid(
            "biz-payout",
            "p".repeat(65),
            PaymentProvider.STRIPE,
            LocalDate.of(2026, 11, 27),
            "GBP",
            BigDecimal.TEN,
            BigDecimal.ONE,
            new BigDecimal("9"),
            null);

    assertEquals(
        List.of("payoutId is longer than 64 characters"), EventValidation.problemsOf(longId));
  }
}
