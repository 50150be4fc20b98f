package com.quoox.xero.mapping;

import static com.quoox.xero.mapping.Fixtures.RATES;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.quoox.xero.events.RefundIssued;
import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.events.SaleLine;
import com.quoox.xero.events.Shipping;
import com.xero.models.accounting.Contact;
import com.xero.models.accounting.CreditNote;
import com.xero.models.accounting.Invoice;
import com.xero.models.accounting.LineAmountTypes;
import com.xero.models.accounting.LineItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random baskets, priced the way tills do (tax rounded per line, per rate or once per
 * basket; line amounts rounded or not), must reach Xero with a total equal to the charge to the
 * cent, recomputed from the SDK model by an independent reference.
 */
class ChargeToTheCentPropertyTest {

  private static final BigDecimal[] TAX_RATES = {
    new BigDecimal("20"), new BigDecimal("5"), BigDecimal.ZERO
  };
  private static final String[] QUANTITIES = {
    "1", "1", "2", "3", "0.333", "1.5", "0.5", "2.25", "12", "0.0001", "7.125", "1000", "0.75"
  };
  private static final BigDecimal CENT = new BigDecimal("0.01");

  /** How a till arrives at the amount it charges. */
  enum Till {
    /** Exactly Xero's way: no rounding line needed. */
    PER_LINE,
    /** Line amounts rounded per line, tax rounded once per tax rate. */
    TAX_PER_RATE,
    /** Line amounts rounded per line, tax rounded once for the whole basket. */
    TAX_ON_BASKET,
    /** Inclusive prices summed unrounded and rounded once (exclusive baskets use TAX_ON_BASKET). */
    UNROUNDED_LINES
  }

  private final SaleToInvoice saleToInvoice = new SaleToInvoice();
  private final RefundToCreditNote refundToCreditNote = new RefundToCreditNote();

  static Stream<Long> seeds() {
    return IntStream.range(0, 600).mapToObj(i -> 7919L * i + 1);
  }

  static Stream<Long> refundSeeds() {
    return IntStream.range(0, 400).mapToObj(i -> 104729L * i + 3);
  }

  @ParameterizedTest(name = "basket seed {0}")
  @MethodSource("seeds")
  void invoiceTotalInXeroEqualsTheChargeToTheCent(long seed) {
    Random random = new Random(seed);
    Till till = Till.values()[random.nextInt(Till.values().length)];
    Basket basket = Basket.random(random);
    BigDecimal charged = charge(basket.lines(), basket.shipping(), basket.inclusive(), till);
    SaleCompleted sale = basket.toSale(charged);

    Invoice invoice = saleToInvoice.map(sale, basket.coding());

    List<LineItem> items = invoice.getLineItems();
    BigDecimal xeroTotal = ReferenceXeroTotal.total(items, invoice.getLineAmountTypes(), RATES);
    assertAll(
        () ->
            assertEquals(
                0, xeroTotal.compareTo(charged), () -> describe(till, sale, items, xeroTotal)),
        () -> assertRoundingIsSmall(items, basket.lineCount()),
        () -> assertNettedLinesKeepTheirAmounts(sale.lines(), items),
        () -> assertEquals(0, saleToInvoice.expectedTotal(sale).compareTo(charged)));
  }

  @ParameterizedTest(name = "refund seed {0}")
  @MethodSource("refundSeeds")
  void creditNoteForPartOfASaleEqualsTheRefundToTheCent(long seed) {
    Random random = new Random(seed);
    Till till = Till.values()[random.nextInt(Till.values().length)];
    Basket basket = Basket.random(random);
    List<SaleLine> refunded = partOf(basket.lines(), random);
    BigDecimal amount = charge(refunded, null, basket.inclusive(), till);
    for (int attempt = 0; amount.signum() == 0 && attempt < 5; attempt++) {
      refunded = partOf(basket.lines(), random); // only fully discounted lines: nothing to refund
      amount = charge(refunded, null, basket.inclusive(), till);
    }
    assumeTrue(amount.signum() > 0, "every line of this basket is free");
    RefundIssued refund =
        new RefundIssued(
            "biz-1",
            "refund-" + seed,
            "R-" + seed,
            "sale-1",
            Fixtures.COMPLETED_AT,
            "GBP",
            basket.inclusive(),
            refunded,
            amount,
            null);

    CreditNote note =
        refundToCreditNote.map(refund, basket.coding(), new Contact().contactID(UUID.randomUUID()));

    List<LineItem> items = note.getLineItems();
    BigDecimal xeroTotal = ReferenceXeroTotal.total(items, note.getLineAmountTypes(), RATES);
    BigDecimal expected = amount;
    assertAll(
        () ->
            assertEquals(
                0, xeroTotal.compareTo(expected), () -> describe(till, refund, items, xeroTotal)),
        () -> assertRoundingIsSmall(items, refund.lines().size()),
        () ->
            items.forEach(
                item -> assertNull(item.getDiscountAmount(), "credit notes carry no discount")),
        () -> assertNettedLinesKeepTheirAmounts(refund.lines(), items));
  }

  @ParameterizedTest(name = "amount-only refund seed {0}")
  @MethodSource("refundSeeds")
  void amountOnlyRefundTotalsExactlyTheAmount(long seed) {
    Random random = new Random(seed);
    BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(99_999_999), 2);
    RefundIssued refund =
        new RefundIssued(
            "biz-1",
            "refund-" + seed,
            "R-" + seed,
            "sale-1",
            Fixtures.COMPLETED_AT,
            "GBP",
            random.nextBoolean(),
            List.of(),
            amount,
            "Goodwill");

    CreditNote note =
        refundToCreditNote.map(refund, Fixtures.coding(), new Contact().name("Quoox Sales"));

    BigDecimal xeroTotal =
        ReferenceXeroTotal.total(note.getLineItems(), note.getLineAmountTypes(), RATES);
    assertEquals(LineAmountTypes.INCLUSIVE, note.getLineAmountTypes());
    assertEquals(0, xeroTotal.compareTo(amount), () -> amount + " became " + xeroTotal);
  }

  @Test
  void generatedBasketsReallyNeedRoundingLinesBothWays() {
    int up = 0;
    int down = 0;
    for (long seed : seeds().toList()) {
      Random random = new Random(seed);
      Till till = Till.values()[random.nextInt(Till.values().length)];
      Basket basket = Basket.random(random);
      SaleCompleted sale =
          basket.toSale(charge(basket.lines(), basket.shipping(), basket.inclusive(), till));
      for (LineItem item : saleToInvoice.map(sale, basket.coding()).getLineItems()) {
        if ("Rounding".equals(item.getDescription())) {
          up += item.getLineAmount() > 0 ? 1 : 0;
          down += item.getLineAmount() < 0 ? 1 : 0;
        }
      }
    }
    assertTrue(up >= 20 && down >= 20, "rounding lines up " + up + ", down " + down);
  }

  // ---- how a till charges --------------------------------------------------------------------

  static BigDecimal charge(List<SaleLine> lines, Shipping shipping, boolean inclusive, Till till) {
    List<BigDecimal[]> amountsAndRates = new ArrayList<>();
    BigDecimal unrounded = BigDecimal.ZERO;
    for (SaleLine line : lines) {
      BigDecimal exact = line.quantity().multiply(line.unitPrice()).subtract(line.discount());
      unrounded = unrounded.add(exact);
      amountsAndRates.add(new BigDecimal[] {cents(exact), line.taxRate()});
    }
    if (shipping != null) {
      unrounded = unrounded.add(shipping.amount());
      amountsAndRates.add(new BigDecimal[] {cents(shipping.amount()), shipping.taxRate()});
    }
    BigDecimal net =
        amountsAndRates.stream().map(a -> a[0]).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (inclusive) {
      return till == Till.UNROUNDED_LINES ? cents(unrounded) : net;
    }
    BigDecimal tax = BigDecimal.ZERO;
    switch (till) {
      case PER_LINE -> {
        for (BigDecimal[] a : amountsAndRates) {
          tax = tax.add(cents(a[0].multiply(a[1]).movePointLeft(2)));
        }
      }
      case TAX_PER_RATE -> {
        for (BigDecimal rate : TAX_RATES) {
          BigDecimal base =
              amountsAndRates.stream()
                  .filter(a -> a[1].compareTo(rate) == 0)
                  .map(a -> a[0])
                  .reduce(BigDecimal.ZERO, BigDecimal::add);
          tax = tax.add(cents(base.multiply(rate).movePointLeft(2)));
        }
      }
      default -> {
        BigDecimal exactTax =
            amountsAndRates.stream()
                .map(a -> a[0].multiply(a[1]).movePointLeft(2))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        tax = cents(exactTax);
      }
    }
    return net.add(tax);
  }

  private static BigDecimal cents(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  /** A refund of some lines of the sale, some of them only in part, discount pro rata. */
  static List<SaleLine> partOf(List<SaleLine> lines, Random random) {
    List<SaleLine> refunded = new ArrayList<>();
    for (SaleLine line : lines) {
      if (random.nextInt(3) == 0 && !(refunded.isEmpty() && line == lines.get(lines.size() - 1))) {
        continue;
      }
      BigDecimal quantity = line.quantity();
      if (quantity.compareTo(BigDecimal.ONE) > 0 && random.nextBoolean()) {
        quantity = BigDecimal.ONE;
      }
      BigDecimal discount =
          line.discount().multiply(quantity).divide(line.quantity(), 2, RoundingMode.DOWN);
      refunded.add(
          new SaleLine(
              line.itemCode(),
              line.description(),
              line.category(),
              quantity,
              line.unitPrice(),
              discount,
              line.taxCode(),
              line.taxRate()));
    }
    return refunded;
  }

  // ---- assertions -----------------------------------------------------------------------------

  private static void assertRoundingIsSmall(List<LineItem> items, int lineCount) {
    List<LineItem> rounding =
        items.stream().filter(i -> "Rounding".equals(i.getDescription())).toList();
    assertTrue(rounding.size() <= 1, "at most one rounding line");
    for (LineItem line : rounding) {
      BigDecimal amount = BigDecimal.valueOf(line.getLineAmount()).abs();
      assertTrue(
          amount.compareTo(CENT.multiply(BigDecimal.valueOf(lineCount))) <= 0,
          () -> "rounding " + amount + " over " + lineCount + " lines");
      assertEquals("860", line.getAccountCode());
      assertEquals("NONE", line.getTaxType());
      assertEquals(1.0, line.getQuantity());
    }
  }

  /**
   * Each line keeps its amount once its discount is netted, read back exactly from the SDK's
   * Doubles, and carries no discount and no Xero ItemCode.
   */
  private static void assertNettedLinesKeepTheirAmounts(
      List<SaleLine> lines, List<LineItem> items) {
    for (int i = 0; i < lines.size(); i++) {
      SaleLine line = lines.get(i);
      assertNull(items.get(i).getDiscountAmount(), "no discount for Xero to round");
      assertNull(items.get(i).getItemCode(), "no Xero ItemCode");
      BigDecimal expected =
          LineAmounts.lineAmount(line.quantity(), line.unitPrice(), line.discount());
      assertEquals(
          0,
          BigDecimal.valueOf(items.get(i).getLineAmount()).compareTo(expected),
          "line " + (i + 1) + " keeps its amount once the discount is netted");
    }
  }

  private static String describe(
      Till till, Object document, List<LineItem> items, BigDecimal xeroTotal) {
    StringBuilder text = new StringBuilder(till + " " + document + " -> Xero total " + xeroTotal);
    items.forEach(
        i ->
            text.append("\n  ")
                .append(i.getDescription())
                .append(" q=")
                .append(i.getQuantity())
                .append(" u=")
                .append(i.getUnitAmount())
                .append(" d=")
                .append(i.getDiscountAmount())
                .append(" l=")
                .append(i.getLineAmount())
                .append(' ')
                .append(i.getTaxType()));
    return text.toString();
  }

  // ---- random baskets -------------------------------------------------------------------------

  /** A random basket: lines, maybe shipping, and the coding whose tax types match its rates. */
  record Basket(List<SaleLine> lines, Shipping shipping, boolean inclusive, BusinessCoding coding) {

    static Basket random(Random random) {
      int count = 1 + random.nextInt(8);
      List<SaleLine> lines = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        lines.add(randomLine(random, i));
      }
      Shipping shipping = null;
      AccountCoding shippingCoding = Fixtures.DRINKS;
      if (random.nextInt(3) == 0) {
        BigDecimal rate = TAX_RATES[random.nextInt(TAX_RATES.length)];
        shipping = new Shipping(price(random, random.nextInt(4) == 0 ? 3 : 2, 50), "S", rate);
        shippingCoding = Fixtures.coding().codingFor(Fixtures.categoryFor(rate));
      }
      BusinessCoding coding = Fixtures.codingWith(ContactStrategy.SINGLE_CONTACT, shippingCoding);
      return new Basket(lines, shipping, random.nextBoolean(), coding);
    }

    private static SaleLine randomLine(Random random, int index) {
      BigDecimal rate = TAX_RATES[random.nextInt(TAX_RATES.length)];
      BigDecimal quantity = new BigDecimal(QUANTITIES[random.nextInt(QUANTITIES.length)]);
      BigDecimal unitPrice =
          random.nextInt(25) == 0
              ? new BigDecimal("999999.99")
              : price(random, random.nextInt(5), quantity.compareTo(BigDecimal.TEN) > 0 ? 20 : 300);
      BigDecimal gross = quantity.multiply(unitPrice);
      BigDecimal discount = BigDecimal.ZERO;
      int discountKind = random.nextInt(10);
      if (discountKind < 3) {
        discount =
            gross
                .multiply(BigDecimal.valueOf(random.nextInt(60), 2))
                .setScale(2, RoundingMode.DOWN);
      } else if (discountKind == 3) {
        discount = gross.setScale(2, RoundingMode.DOWN); // all but the fraction of a cent, or all
      }
      String code = random.nextBoolean() ? "SKU-" + index : null;
      return new SaleLine(
          code,
          "Item " + index,
          Fixtures.categoryFor(rate),
          quantity,
          unitPrice,
          discount,
          "T" + rate,
          rate);
    }

    /** A price with the given number of decimals, up to {@code max}, never zero. */
    private static BigDecimal price(Random random, int scale, int max) {
      long units = (long) Math.pow(10, scale);
      long value = 1 + (long) (random.nextDouble() * max * units);
      return BigDecimal.valueOf(value, scale);
    }

    int lineCount() {
      return lines.size() + (shipping == null ? 0 : 1);
    }

    SaleCompleted toSale(BigDecimal charged) {
      return new SaleCompleted(
          "biz-1",
          "sale-1",
          "S-1001",
          Fixtures.COMPLETED_AT,
          "GBP",
          null,
          inclusive,
          lines,
          shipping,
          charged,
          List.of(),
          null);
    }
  }
}
