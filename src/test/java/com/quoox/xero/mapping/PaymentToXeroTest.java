package com.quoox.xero.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.quoox.xero.events.PaymentProvider;
import com.quoox.xero.events.PaymentReceived;
import com.quoox.xero.events.RefundPaid;
import com.xero.models.accounting.Payment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PaymentToXeroTest {

  private static final UUID INVOICE_ID = UUID.fromString("11111111-2222-3333-4444-555555555555");
  private static final UUID CREDIT_NOTE_ID =
      UUID.fromString("66666666-7777-8888-9999-aaaaaaaaaaaa");
  private static final Instant LATE_EVENING_UTC = Instant.parse("2026-11-25T23:30:00Z");
  private static final ProviderAccounts STRIPE_ACCOUNTS =
      new ProviderAccounts(true, "092", "404", "NONE", "091");

  private final PaymentToXero mapper = new PaymentToXero();

  private static PaymentReceived received(
      String amount, String currency, String providerPaymentId, Instant at) {
    return new PaymentReceived(
        "biz-pay",
        "pay-7",
        "sale-7",
        PaymentProvider.STRIPE,
        new BigDecimal(amount),
        currency,
        providerPaymentId,
        null,
        at);
  }

  private static RefundPaid paid(String amount, String currency, String providerRefundId) {
    return new RefundPaid(
        "biz-refund",
        "refpay-3",
        "refund-3",
        PaymentProvider.STRIPE,
        new BigDecimal(amount),
        currency,
        providerRefundId,
        LATE_EVENING_UTC);
  }

  @Test
  void paymentReceivedGoesOnTheInvoiceIntoTheProvidersClearingAccount() {
    Payment payment =
        mapper.received(
            received("12.5", "GBP", "ch_1", LATE_EVENING_UTC), INVOICE_ID, "GBP", STRIPE_ACCOUNTS);

    assertEquals("092", payment.getAccount().getCode());
    assertEquals(12.5, payment.getAmount());
    assertEquals(INVOICE_ID, payment.getInvoice().getInvoiceID());
    assertNull(payment.getCreditNote());
    assertEquals("ch_1", payment.getReference());
  }

  @Test
  void paymentDateIsTheUtcDayOfTheInstant() {
    Payment payment =
        mapper.received(
            received("1.00", "GBP", "ch_1", LATE_EVENING_UTC), INVOICE_ID, "GBP", STRIPE_ACCOUNTS);

    assertEquals("2026-11-25", payment.getDateAsDate().toString());
  }

  @Test
  void paymentLateInTheEveningWestOfUtcIsDatedTheNextUtcDay() {
    Instant at = OffsetDateTime.parse("2026-11-25T23:30:00-02:00").toInstant();

    Payment payment =
        mapper.received(received("1.00", "GBP", "ch_1", at), INVOICE_ID, "GBP", STRIPE_ACCOUNTS);

    assertEquals("2026-11-26", payment.getDateAsDate().toString());
  }

  @Test
  void paymentWithoutProviderIdIsReferencedByTheMonolithsPaymentId() {
    PaymentReceived cash = received("5.00", "GBP", null, LATE_EVENING_UTC);

    Payment payment = mapper.received(cash, INVOICE_ID, "GBP", STRIPE_ACCOUNTS);

    assertEquals("pay-7", payment.getReference());
    assertEquals("pay-7", PaymentToXero.reference(cash));
  }

  @Test
  void amountIsSentToTheCent() {
    Payment payment =
        mapper.received(
            received("1234567.80", "GBP", "ch_1", LATE_EVENING_UTC),
            INVOICE_ID,
            "GBP",
            STRIPE_ACCOUNTS);

    assertEquals(new BigDecimal("1234567.80"), BigDecimal.valueOf(payment.getAmount()).setScale(2));
  }

  @Test
  void refundPaidGoesOnTheCreditNoteOutOfTheClearingAccount() {
    Payment payment =
        mapper.refunded(paid("4.20", "GBP", "re_9"), CREDIT_NOTE_ID, "GBP", STRIPE_ACCOUNTS);

    assertEquals("092", payment.getAccount().getCode());
    assertEquals(4.2, payment.getAmount());
    assertEquals(CREDIT_NOTE_ID, payment.getCreditNote().getCreditNoteID());
    assertNull(payment.getInvoice());
    assertEquals("2026-11-25", payment.getDateAsDate().toString());
    assertEquals("re_9", payment.getReference());
  }

  @Test
  void refundPaidWithoutProviderIdIsReferencedByTheMonolithsRefundPaymentId() {
    Payment payment =
        mapper.refunded(paid("4.20", "GBP", null), CREDIT_NOTE_ID, "GBP", STRIPE_ACCOUNTS);

    assertEquals("refpay-3", payment.getReference());
  }

  @Test
  void providerWithoutAccountIsRefusedNamingWhatToChoose() {
    ProviderAccounts none = new ProviderAccounts(true, " ", null, null, null);

    MappingException refused =
        assertThrows(
            MappingException.class,
            () ->
                mapper.received(
                    received("1.00", "GBP", "ch_1", LATE_EVENING_UTC), INVOICE_ID, "GBP", none));

    assertEquals(
        "Choose the account that STRIPE payments go into, in the Xero settings",
        refused.getMessage());
  }

  @Test
  void refundPaidForProviderWithoutAccountIsRefused() {
    assertThrows(
        MappingException.class,
        () ->
            mapper.refunded(
                paid("1.00", "GBP", "re_1"), CREDIT_NOTE_ID, "GBP", ProviderAccounts.NOT_RECORDED));
  }

  @Test
  void paymentInAnotherCurrencyThanItsSaleIsRefused() {
    MappingException refused =
        assertThrows(
            MappingException.class,
            () ->
                mapper.received(
                    received("1.00", "EUR", "ch_1", LATE_EVENING_UTC),
                    INVOICE_ID,
                    "GBP",
                    STRIPE_ACCOUNTS));

    assertEquals(
        "Payment ch_1 is in EUR but its sale is in GBP:"
            + " Xero records a payment in its document's currency",
        refused.getMessage());
  }

  @Test
  void refundPaidInAnotherCurrencyThanItsRefundIsRefused() {
    MappingException refused =
        assertThrows(
            MappingException.class,
            () ->
                mapper.refunded(paid("1.00", "USD", null), CREDIT_NOTE_ID, "GBP", STRIPE_ACCOUNTS));

    assertEquals(
        "Refund payment refpay-3 is in USD but its refund is in GBP:"
            + " Xero records a payment in its document's currency",
        refused.getMessage());
  }
}
