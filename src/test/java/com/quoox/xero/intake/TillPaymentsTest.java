package com.quoox.xero.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.quoox.xero.events.Payment;
import com.quoox.xero.events.PaymentProvider;
import com.quoox.xero.events.PaymentReceived;
import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.events.SaleLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TillPaymentsTest {

  private static final Instant COMPLETED_AT = Instant.parse("2026-11-25T17:45:00Z");
  private static final SaleLine LINE =
      new SaleLine(
          null,
          "Flat white",
          "coffee",
          BigDecimal.ONE,
          new BigDecimal("20.00"),
          null,
          "VAT20",
          new BigDecimal("20"));

  private static SaleCompleted sale(String currency, List<Payment> payments) {
    return new SaleCompleted(
        "biz-till",
        "sale-42",
        "S-42",
        COMPLETED_AT,
        currency,
        null,
        true,
        List.of(LINE),
        null,
        new BigDecimal("20.00"),
        payments,
        null);
  }

  @Test
  void eachPaymentOfASaleIsReceivedOnItsInvoiceNumberedInOrder() {
    List<PaymentReceived> received =
        TillPayments.of(
            sale(
                "EUR",
                List.of(
                    new Payment(PaymentProvider.STRIPE, new BigDecimal("15.00"), "ch_1"),
                    new Payment(PaymentProvider.CASH, new BigDecimal("5.00"), null))));

    assertEquals(
        List.of(
            new PaymentReceived(
                "biz-till",
                "sale:sale-42#1",
                "sale-42",
                PaymentProvider.STRIPE,
                new BigDecimal("15.00"),
                "EUR",
                "ch_1",
                null,
                COMPLETED_AT),
            new PaymentReceived(
                "biz-till",
                "sale:sale-42#2",
                "sale-42",
                PaymentProvider.CASH,
                new BigDecimal("5.00"),
                "EUR",
                null,
                null,
                COMPLETED_AT)),
        received);
  }

  @Test
  void blankProviderReferenceBecomesNoProviderPaymentId() {
    List<PaymentReceived> received =
        TillPayments.of(
            sale(
                "GBP",
                List.of(
                    new Payment(PaymentProvider.CARD, new BigDecimal("10.00"), "  "),
                    new Payment(PaymentProvider.CARD, new BigDecimal("10.00"), ""))));

    assertNull(received.get(0).providerPaymentId());
    assertNull(received.get(1).providerPaymentId());
  }

  @Test
  void saleOnAccountHasNoPayments() {
    assertEquals(List.of(), TillPayments.of(sale("GBP", List.of())));
  }
}
