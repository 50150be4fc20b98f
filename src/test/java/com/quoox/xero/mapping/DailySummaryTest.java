package com.quoox.xero.mapping;

import static com.quoox.xero.mapping.Fixtures.dec;
import static com.quoox.xero.mapping.Fixtures.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.quoox.xero.events.SaleLine;
import com.xero.models.accounting.CreditNote;
import com.xero.models.accounting.Invoice;
import com.xero.models.accounting.LineAmountTypes;
import com.xero.models.accounting.LineItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DailySummaryTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  @Test
  void aDaysSalesBecomeOneTaxInclusiveInvoiceWithALinePerAccountAndTaxType() {
    DailySummary summary = new DailySummary(Fixtures.coding());
    summary.add(
        Fixtures.withNumber(
            Fixtures.sale(true, "7.35", line("Flat white", "3", "2.45", "20")), "S-1"));
    summary.add(
        Fixtures.withNumber(Fixtures.sale(false, "10.50", line("Soup", "1", "10.00", "5")), "S-2"));
    // Xero taxes each 0.33 line at 0.07 (1.20 in all); the till charged 20 % of 0.99 once: 1.19.
    SaleLine cookie = line("Cookie", "1", "0.33", "20");
    summary.add(Fixtures.withNumber(Fixtures.sale(false, "1.19", cookie, cookie, cookie), "S-3"));

    Invoice invoice = summary.invoice(DAY, "Day 2026-03-01");

    assertEquals(LineAmountTypes.INCLUSIVE, invoice.getLineAmountTypes());
    assertEquals("Day 2026-03-01", invoice.getReference());
    assertEquals("Quoox Sales", invoice.getContact().getName());
    assertEquals(
        Map.of("200/OUTPUT2", dec("8.55"), "205/RROUTPUT", dec("10.50"), "860/NONE", dec("-0.01")),
        amountsByCoding(invoice.getLineItems()));
    assertEquals(dec("19.04"), summary.total(), "7.35 + 10.50 + 1.19");
    assertEquals(summary.total(), sum(invoice.getLineItems()));
    assertEquals(
        "3 sales on 2026-03-01 (S-1 … S-3)", invoice.getLineItems().get(0).getDescription());
    assertEquals("2026-03-01", invoice.getDateAsDate().toString());
  }

  @Test
  void aDaysRefundsBecomeOneCreditNoteForWhatWasRefunded() {
    DailySummary summary = new DailySummary(Fixtures.coding());
    summary.add(Fixtures.refund(true, "2.00", "Spilt"));
    summary.add(Fixtures.refund(false, "10.50", null, line("Soup", "1", "10.00", "5")));

    CreditNote note = summary.creditNote(DAY, "Refunds 2026-03-01");

    assertEquals(CreditNote.TypeEnum.ACCRECCREDIT, note.getType());
    assertEquals(LineAmountTypes.INCLUSIVE, note.getLineAmountTypes());
    assertEquals(
        Map.of("200/OUTPUT2", dec("2.00"), "205/RROUTPUT", dec("10.50")),
        amountsByCoding(note.getLineItems()));
    assertEquals(dec("12.50"), summary.total());
  }

  @Test
  void aSaleThatCannotBeInvoicedIsRefusedAndLeavesTheSummaryAsItWas() {
    DailySummary summary = new DailySummary(Fixtures.coding());
    summary.add(Fixtures.sale(true, "2.45", line("Flat white", "1", "2.45", "20")));

    MappingException noLines =
        assertThrows(MappingException.class, () -> summary.add(Fixtures.sale(true, "1.00")));
    MappingException otherCurrency =
        assertThrows(
            MappingException.class,
            () ->
                summary.add(
                    Fixtures.withCurrency(
                        Fixtures.sale(true, "1.00", line("Tea", "1", "1.00", "20")), "EUR")));

    assertTrue(noLines.getMessage().contains("no lines"), noLines.getMessage());
    assertTrue(otherCurrency.getMessage().contains("EUR"), otherCurrency.getMessage());
    assertEquals(1, summary.size());
    assertEquals(dec("2.45"), summary.total());
  }

  /**
   * A thousand random baskets, taxed by the till once per basket: the summary's lines add up to
   * exactly what the tills charged, whatever Xero's per-line rounding does to each sale.
   */
  @Test
  void theSummarysTotalIsTheSumOfWhatWasChargedToTheCent() {
    Random random = new Random(20261126);
    DailySummary summary = new DailySummary(Fixtures.coding());
    BigDecimal charged = BigDecimal.ZERO;
    String[] rates = {"20", "5", "0"};
    for (int i = 0; i < 1000; i++) {
      boolean inclusive = random.nextBoolean();
      List<SaleLine> lines = new ArrayList<>();
      BigDecimal net = BigDecimal.ZERO;
      BigDecimal tax = BigDecimal.ZERO;
      for (int n = 1 + random.nextInt(4); n > 0; n--) {
        String rate = rates[random.nextInt(rates.length)];
        BigDecimal price = BigDecimal.valueOf(1 + random.nextInt(2000), 2);
        int quantity = 1 + random.nextInt(3);
        lines.add(line("Item", String.valueOf(quantity), price.toPlainString(), rate));
        BigDecimal amount = price.multiply(BigDecimal.valueOf(quantity));
        net = net.add(amount);
        tax = tax.add(amount.multiply(dec(rate)).divide(BigDecimal.valueOf(100)));
      }
      BigDecimal basket =
          inclusive ? net : net.add(tax.setScale(2, RoundingMode.HALF_UP)); // the till's rounding
      charged = charged.add(basket);
      summary.add(
          Fixtures.withNumber(
              Fixtures.sale(inclusive, basket.toPlainString(), lines.toArray(SaleLine[]::new)),
              "S-" + i));
    }

    Invoice invoice = summary.invoice(DAY, "Day");

    assertEquals(charged, sum(invoice.getLineItems()));
    assertEquals(charged, summary.total());
    assertTrue(invoice.getLineItems().size() <= 4, "a line per coding: " + invoice.getLineItems());
  }

  @Test
  void aDayIsTheUtcDayOfTheEvent() {
    assertEquals(DAY, DailySummary.dayOf(Instant.parse("2026-03-01T23:59:59Z"), ZoneOffset.UTC));
    assertEquals(
        DAY.plusDays(1), DailySummary.dayOf(Instant.parse("2026-03-02T00:00:00Z"), ZoneOffset.UTC));
    // 09:00 in Auckland on 2 March is still 1 March in UTC: the organisation's day counts.
    assertEquals(
        DAY.plusDays(1),
        DailySummary.dayOf(
            Instant.parse("2026-03-01T20:00:00Z"), java.time.ZoneId.of("Pacific/Auckland")));
  }

  private static Map<String, BigDecimal> amountsByCoding(List<LineItem> items) {
    Map<String, BigDecimal> amounts = new TreeMap<>();
    for (LineItem item : items) {
      amounts.merge(
          item.getAccountCode() + "/" + item.getTaxType(),
          BigDecimal.valueOf(item.getLineAmount()).setScale(2, RoundingMode.UNNECESSARY),
          BigDecimal::add);
    }
    return amounts;
  }

  private static BigDecimal sum(List<LineItem> items) {
    return items.stream()
        .map(item -> BigDecimal.valueOf(item.getLineAmount()).setScale(2, RoundingMode.UNNECESSARY))
        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }
}
