package com.quoox.xero.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.quoox.xero.events.RefundIssued;
import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.events.SaleLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventValidationTest {

  private static final SaleLine LINE =
      new SaleLine(
          "FW",
          "Flat white",
          "coffee",
          BigDecimal.ONE,
          new BigDecimal("3.20"),
          null,
          "VAT20",
          new BigDecimal("20"));

  private static SaleCompleted sale(String currency, List<SaleLine> lines, BigDecimal total) {
    return new SaleCompleted(
        "b1", "sale-1", "S-1", Instant.now(), currency, null, true, lines, null, total, null, null);
  }

  @Test
  void wellFormedSaleHasNoProblems() {
    assertEquals(
        List.of(), EventValidation.problemsOf(sale("GBP", List.of(LINE), new BigDecimal("3.20"))));
  }

  @Test
  void everyProblemOfAMalformedSaleIsNamed() {
    List<String> problems =
        EventValidation.problemsOf(sale("pounds", List.of(), new BigDecimal("-1")));

    assertTrue(
        problems.contains("currency must be a three-letter ISO 4217 code, was pounds"),
        problems.toString());
    assertTrue(problems.contains("a sale needs at least one line"), problems.toString());
    assertTrue(problems.contains("totalCharged must not be negative, was -1"), problems.toString());
  }

  @Test
  void lineWithoutPriceOrRateIsNamedByItsPosition() {
    SaleLine broken = new SaleLine(null, "Mystery", "misc", BigDecimal.ONE, null, null, null, null);

    List<String> problems =
        EventValidation.problemsOf(sale("GBP", List.of(LINE, broken), BigDecimal.ONE));

    assertEquals(List.of("line 2: unitPrice is missing", "line 2: taxRate is missing"), problems);
  }

  @Test
  void saleIdLongerThanItsColumnIsAProblemNotACrash() {
    SaleCompleted sale =
        new SaleCompleted(
            "b1",
            "x".repeat(129),
            "S-1",
            Instant.now(),
            "GBP",
            null,
            true,
            List.of(LINE),
            null,
            BigDecimal.ONE,
            null,
            null);

    assertEquals(List.of("saleId is longer than 128 characters"), EventValidation.problemsOf(sale));
  }

  @Test
  void amountOnlyRefundIsValidButAZeroRefundIsNot() {
    RefundIssued amountOnly =
        new RefundIssued(
            "b1",
            "r1",
            "R-1",
            "sale-1",
            Instant.now(),
            "GBP",
            true,
            List.of(),
            new BigDecimal("5.00"),
            "goodwill");
    RefundIssued zero =
        new RefundIssued(
            "b1",
            "r2",
            "R-2",
            "sale-1",
            Instant.now(),
            "GBP",
            true,
            List.of(),
            BigDecimal.ZERO,
            null);

    assertEquals(List.of(), EventValidation.problemsOf(amountOnly));
    assertEquals(List.of("amount must be more than zero"), EventValidation.problemsOf(zero));
  }
}
