package com.quoox.xero.mapping;

import static com.quoox.xero.mapping.Fixtures.dec;
import static com.quoox.xero.mapping.Fixtures.line;
import static com.quoox.xero.mapping.Fixtures.sale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.quoox.xero.events.Customer;
import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.events.SaleLine;
import com.quoox.xero.events.Shipping;
import com.xero.models.accounting.CurrencyCode;
import com.xero.models.accounting.Invoice;
import com.xero.models.accounting.LineAmountTypes;
import com.xero.models.accounting.LineItem;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SaleToInvoiceTest {

  private final SaleToInvoice mapper = new SaleToInvoice();

  private static SaleLine flatWhite(String quantity, String unit, String discount) {
    return new SaleLine(
        "FW-01", "Flat white", "drinks", dec(quantity), dec(unit), dec(discount), "S", dec("20"));
  }

  @Test
  void saleBecomesAnAuthorisedSalesInvoiceReferencedByTheSaleNumber() {
    Invoice invoice =
        mapper.map(sale(false, "7.20", flatWhite("2", "3.00", "0")), Fixtures.coding());

    assertEquals(Invoice.TypeEnum.ACCREC, invoice.getType());
    assertEquals("Quoox Sales", invoice.getContact().getName());
    assertEquals(org.threeten.bp.LocalDate.of(2026, 3, 1), invoice.getDateAsDate());
    assertEquals(org.threeten.bp.LocalDate.of(2026, 3, 1), invoice.getDueDateAsDate());
    assertEquals(LineAmountTypes.EXCLUSIVE, invoice.getLineAmountTypes());
    assertEquals("S-1001", invoice.getReference());
    assertEquals(CurrencyCode.GBP, invoice.getCurrencyCode());
    assertEquals(Invoice.StatusEnum.AUTHORISED, invoice.getStatus());
    assertNull(invoice.getUrl());
    assertEquals(1, invoice.getLineItems().size());
  }

  @Test
  void theInvoiceIsDatedByTheOrganisationsDayNotUtcs() {
    SaleCompleted sale = sale(false, "7.20", flatWhite("2", "3.00", "0"));
    java.time.ZoneId auckland = java.time.ZoneId.of("Pacific/Auckland");
    java.time.LocalDate aucklandDay = sale.completedAt().atZone(auckland).toLocalDate();
    java.time.LocalDate utcDay = sale.completedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate();

    Invoice invoice = new SaleToInvoice(DocumentDating.in(auckland)).map(sale, Fixtures.coding());

    assertEquals(aucklandDay.toString(), invoice.getDateAsDate().toString());
    assertEquals(utcDay.toString(), mapper.map(sale, Fixtures.coding()).getDateAsDate().toString());
  }

  @Test
  void aSaleInALockedPeriodIsDatedOnTheFirstOpenDayAndSaysSo() {
    SaleCompleted sale = sale(false, "7.20", flatWhite("2", "3.00", "0")); // 1 March (UTC)
    DocumentDating locked =
        new DocumentDating(java.time.ZoneOffset.UTC, java.time.LocalDate.of(2026, 3, 31));

    Invoice invoice = new SaleToInvoice(locked).map(sale, Fixtures.coding());

    assertEquals("2026-04-01", invoice.getDateAsDate().toString());
    assertTrue(
        invoice
            .getLineItems()
            .get(0)
            .getDescription()
            .endsWith("(sold 2026-03-01; dated 2026-04-01, the first day open in Xero)"),
        invoice.getLineItems().get(0).getDescription());
    Invoice open =
        new SaleToInvoice(
                new DocumentDating(java.time.ZoneOffset.UTC, java.time.LocalDate.of(2026, 2, 28)))
            .map(sale, Fixtures.coding());
    assertEquals("2026-03-01", open.getDateAsDate().toString(), "an open day keeps its date");
  }

  @Test
  void lineCarriesQuantityUnitAmountOurLineAmountAndTheCategoryCoding() {
    LineItem item =
        mapper
            .map(sale(false, "7.20", flatWhite("2", "3.00", "0")), Fixtures.coding())
            .getLineItems()
            .get(0);

    assertEquals(2.0, item.getQuantity());
    assertEquals(3.0, item.getUnitAmount());
    assertEquals(6.0, item.getLineAmount());
    assertNull(item.getDiscountAmount(), "no discount, no DiscountAmount");
    assertEquals("200", item.getAccountCode());
    assertEquals("OUTPUT2", item.getTaxType());
  }

  @Test
  void itemCodeGoesIntoTheDescriptionNotIntoXerosItemCode() {
    LineItem item =
        mapper
            .map(sale(false, "7.20", flatWhite("2", "3.00", "0")), Fixtures.coding())
            .getLineItems()
            .get(0);

    assertEquals("Flat white (FW-01)", item.getDescription());
    assertNull(item.getItemCode(), "Xero rejects item codes that are not Xero Items");
  }

  @Test
  void unmappedCategoryUsesTheSalesDefaultCoding() {
    SaleLine giftWrap =
        new SaleLine(null, "Gift wrap", "gift wrap", dec("1"), dec("1.00"), null, "S", dec("20"));
    LineItem item =
        mapper.map(sale(false, "1.20", giftWrap), Fixtures.coding()).getLineItems().get(0);
    assertEquals("200", item.getAccountCode());
    assertEquals("OUTPUT2", item.getTaxType());
    assertEquals("Gift wrap", item.getDescription());
  }

  @Test
  void mappedCategoryUsesItsOwnAccountAndTaxType() {
    LineItem item =
        mapper
            .map(sale(true, "2.10", line("Croissant", "1", "2.10", "5")), Fixtures.coding())
            .getLineItems()
            .get(0);
    assertEquals("205", item.getAccountCode());
    assertEquals("RROUTPUT", item.getTaxType());
  }

  @Test
  void inclusivePricesBecomeInclusiveLineAmountTypes() {
    Invoice invoice =
        mapper.map(sale(true, "6.00", flatWhite("2", "3.00", "0")), Fixtures.coding());
    assertEquals(LineAmountTypes.INCLUSIVE, invoice.getLineAmountTypes());
  }

  @Test
  void invoiceDateIsTheUtcDayOfCompletion() {
    SaleCompleted late = sale(true, "6.00", flatWhite("2", "3.00", "0"));
    late =
        new SaleCompleted(
            late.businessId(),
            late.saleId(),
            late.saleNumber(),
            Instant.parse("2026-03-01T23:30:00-05:00"),
            late.currency(),
            null,
            true,
            late.lines(),
            null,
            late.totalCharged(),
            List.of(),
            null);
    Invoice invoice = mapper.map(late, Fixtures.coding());
    assertEquals(org.threeten.bp.LocalDate.of(2026, 3, 2), invoice.getDateAsDate());
    assertEquals(org.threeten.bp.LocalDate.of(2026, 3, 2), invoice.getDueDateAsDate());
  }

  @Test
  void saleUrlLinksTheInvoiceBackToQuoox() {
    SaleCompleted sale =
        Fixtures.withUrl(
            sale(true, "6.00", flatWhite("2", "3.00", "0")), "https://app.quoox.com/sales/sale-1");
    assertEquals(
        "https://app.quoox.com/sales/sale-1", mapper.map(sale, Fixtures.coding()).getUrl());
  }

  @Test
  void businessMayChooseTheReferenceTemplateAndLeaveOutTheLink() {
    SaleCompleted sale =
        Fixtures.withUrl(
            sale(true, "6.00", flatWhite("2", "3.00", "0")), "https://app.quoox.com/sales/sale-1");

    Invoice invoice = mapper.map(sale, codingWithReference("Quoox till {number}", false));

    assertEquals("Quoox till " + sale.saleNumber(), invoice.getReference());
    assertNull(invoice.getUrl());
  }

  @Test
  void referenceTemplateWithoutTheNumberIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> codingWithReference("Quoox till", true));
  }

  private static BusinessCoding codingWithReference(String template, boolean linkToSale) {
    BusinessCoding plain = Fixtures.coding();
    return new BusinessCoding(
        plain.byCategory(),
        plain.sales(),
        plain.shipping(),
        plain.roundingAccount(),
        plain.roundingTaxType(),
        plain.status(),
        plain.contactStrategy(),
        plain.singleContactName(),
        template,
        linkToSale);
  }

  @Test
  void statusComesFromTheBusinessCoding() {
    BusinessCoding coding =
        new BusinessCoding(
            Map.of(),
            Fixtures.DRINKS,
            Fixtures.DRINKS,
            "860",
            "NONE",
            DocumentStatus.DRAFT,
            ContactStrategy.SINGLE_CONTACT,
            "Till");
    Invoice invoice = mapper.map(sale(true, "6.00", flatWhite("2", "3.00", "0")), coding);
    assertEquals(Invoice.StatusEnum.DRAFT, invoice.getStatus());
    assertEquals("Till", invoice.getContact().getName());
  }

  @Test
  void lineDiscountIsNettedIntoAnExactUnitAmountAndNamed() {
    LineItem item =
        mapper
            .map(sale(true, "6.00", flatWhite("2", "3.20", "0.40")), Fixtures.coding())
            .getLineItems()
            .get(0);
    assertNull(item.getDiscountAmount(), "Xero would round it into a 2-place rate");
    assertNull(item.getDiscountRate());
    assertEquals(6.0, item.getLineAmount());
    assertEquals(2.0, item.getQuantity());
    assertEquals(3.0, item.getUnitAmount());
    assertTrue(item.getDescription().endsWith("(discount 0.40)"), item.getDescription());
  }

  @Test
  void aDiscountNoFourPlaceUnitCarriesBecomesOneUnitOfTheNetAmount() {
    // 3 × 2.50 less 1.00 = 6.50: 6.50 / 3 needs more than 4 places, so one unit of 6.50.
    LineItem item =
        mapper
            .map(sale(true, "6.50", flatWhite("3", "2.50", "1.00")), Fixtures.coding())
            .getLineItems()
            .get(0);
    assertEquals(1.0, item.getQuantity());
    assertEquals(6.5, item.getUnitAmount());
    assertTrue(item.getDescription().startsWith("3 × "), item.getDescription());
  }

  @Test
  void shippingBecomesALineOnTheShippingCoding() {
    AccountCoding carriage = new AccountCoding("260", "OUTPUT2");
    BusinessCoding coding = Fixtures.codingWith(ContactStrategy.SINGLE_CONTACT, carriage);
    // 6.00 + 4.99 net; tax 1.20 + 1.00 (0.998 rounded on its own line)
    SaleCompleted sale =
        sale(
            false, new Shipping(dec("4.99"), "S", dec("20")), "13.19", flatWhite("2", "3.00", "0"));

    List<LineItem> items = mapper.map(sale, coding).getLineItems();

    assertEquals(2, items.size());
    LineItem shipping = items.get(1);
    assertEquals("Shipping", shipping.getDescription());
    assertEquals(1.0, shipping.getQuantity());
    assertEquals(4.99, shipping.getUnitAmount());
    assertEquals(4.99, shipping.getLineAmount());
    assertEquals("260", shipping.getAccountCode());
    assertEquals("OUTPUT2", shipping.getTaxType());
  }

  @Test
  void freeShippingAddsNoLine() {
    SaleCompleted sale =
        sale(true, new Shipping(dec("0.00"), "S", dec("20")), "6.00", flatWhite("2", "3.00", "0"));
    assertEquals(1, mapper.map(sale, Fixtures.coding()).getLineItems().size());
  }

  @Test
  void tillRoundingTaxOncePerBasketGetsANegativeRoundingLine() {
    // Xero: 3 × (1.03 + 0.21 tax) = 3.72; the till taxed 3.09 once: 3.09 + 0.62 = 3.71
    SaleCompleted sale =
        sale(
            false,
            "3.71",
            line("Tea", "1", "1.03", "20"),
            line("Tea", "1", "1.03", "20"),
            line("Tea", "1", "1.03", "20"));

    List<LineItem> items = mapper.map(sale, Fixtures.coding()).getLineItems();

    assertEquals(4, items.size());
    LineItem rounding = items.get(3);
    assertEquals("Rounding", rounding.getDescription());
    assertEquals(1.0, rounding.getQuantity());
    assertEquals(-0.01, rounding.getUnitAmount());
    assertEquals(-0.01, rounding.getLineAmount());
    assertEquals("860", rounding.getAccountCode());
    assertEquals("NONE", rounding.getTaxType());
    assertEquals(
        0,
        ReferenceXeroTotal.total(items, LineAmountTypes.EXCLUSIVE, Fixtures.RATES)
            .compareTo(dec("3.71")));
  }

  @Test
  void tillSummingUnroundedInclusiveLinesGetsAPositiveRoundingLine() {
    // Xero: 0.33 + 0.33 = 0.66; the till rounded 0.333 + 0.333 = 0.666 once to 0.67
    SaleCompleted sale =
        sale(true, "0.67", line("Sweets", "1", "0.333", "0"), line("Sweets", "1", "0.333", "0"));
    LineItem rounding = mapper.map(sale, Fixtures.coding()).getLineItems().get(2);
    assertEquals("Rounding", rounding.getDescription());
    assertEquals(0.01, rounding.getLineAmount());
  }

  @Test
  void noRoundingLineWhenTheTillAgreesWithXero() {
    SaleCompleted sale =
        sale(
            false,
            "3.72",
            line("Tea", "1", "1.03", "20"),
            line("Tea", "1", "1.03", "20"),
            line("Tea", "1", "1.03", "20"));
    assertEquals(3, mapper.map(sale, Fixtures.coding()).getLineItems().size());
  }

  @Test
  void differenceOfOneCentPerLineIsRoundingAndMoreIsNot() {
    SaleLine one = line("Cake", "1", "1.00", "0");
    mapper.map(sale(true, "2.02", one, one), Fixtures.coding()); // one cent per line: accepted
    MappingException tooMuch =
        assertThrows(
            MappingException.class,
            () -> mapper.map(sale(true, "2.03", one, one), Fixtures.coding()));
    assertEquals(
        "Sale S-1001 was charged 2.03 but its lines add up to 2.00 in Xero; "
            + "the difference 0.03 is more than rounding.",
        tooMuch.getMessage());
  }

  @Test
  void chargeFarFromTheLinesIsRefusedWithAMessageForTheOwner() {
    MappingException refused =
        assertThrows(
            MappingException.class,
            () ->
                mapper.map(
                    sale(false, "12.34", line("Lunch", "1", "12.50", "20")), Fixtures.coding()));
    assertEquals(
        "Sale S-1001 was charged 12.34 but its lines add up to 15.00 in Xero; "
            + "the difference 2.66 is more than rounding.",
        refused.getMessage());
  }

  @Test
  void expectedTotalIsTheChargeInCents() {
    assertEquals(
        dec("7.20"), mapper.expectedTotal(sale(false, "7.2", flatWhite("2", "3.00", "0"))));
  }

  @Test
  void perCustomerStrategyPutsTheInvoiceOnTheCustomersContact() {
    BusinessCoding coding = Fixtures.codingWith(ContactStrategy.PER_CUSTOMER, Fixtures.DRINKS);
    SaleCompleted sale =
        Fixtures.withCustomer(
            sale(true, "6.00", flatWhite("2", "3.00", "0")),
            new Customer("c-1", "Ada Lovelace", "ada@example.com"));

    Invoice invoice = mapper.map(sale, coding);

    assertEquals("Ada Lovelace", invoice.getContact().getName());
    assertEquals("ada@example.com", invoice.getContact().getEmailAddress());
  }

  @Test
  void perCustomerStrategyPutsWalkInSalesOnTheSingleContact() {
    BusinessCoding coding = Fixtures.codingWith(ContactStrategy.PER_CUSTOMER, Fixtures.DRINKS);
    Invoice invoice = mapper.map(sale(true, "6.00", flatWhite("2", "3.00", "0")), coding);
    assertEquals("Quoox Sales", invoice.getContact().getName());
    assertNull(invoice.getContact().getEmailAddress());
  }

  // ---- refusals -------------------------------------------------------------------------------

  private String refusal(SaleCompleted sale) {
    return assertThrows(MappingException.class, () -> mapper.map(sale, Fixtures.coding()))
        .getMessage();
  }

  @Test
  void saleWithoutLinesIsRefused() {
    assertEquals(
        "Sale S-1001 has no lines; a Xero invoice needs at least one.",
        refusal(sale(true, "0.00")));
  }

  @Test
  void quantityWithMoreThanFourDecimalsIsRefused() {
    assertEquals(
        "Sale S-1001, line 1 (Flat white (FW-01)): the quantity 0.33333 has more than 4 "
            + "decimal places; Xero accepts at most 4.",
        refusal(sale(true, "1.00", flatWhite("0.33333", "3.00", "0"))));
  }

  @Test
  void unitPriceWithMoreThanFourDecimalsIsRefused() {
    assertEquals(
        "Sale S-1001, line 1 (Flat white (FW-01)): the unit price 1.23456 has more than 4 "
            + "decimal places; Xero accepts at most 4.",
        refusal(sale(true, "1.23", flatWhite("1", "1.23456", "0"))));
  }

  @Test
  void trailingZerosBeyondFourDecimalsAreNotExtraPrecision() {
    mapper.map(sale(true, "3.00", flatWhite("1.000000", "3.0000000", "0")), Fixtures.coding());
  }

  @Test
  void negativeQuantityIsRefused() {
    assertEquals(
        "Sale S-1001, line 1 (Flat white (FW-01)): the quantity -1 is negative.",
        refusal(sale(true, "0.00", flatWhite("-1", "3.00", "0"))));
  }

  @Test
  void discountLargerThanTheLineIsRefused() {
    assertEquals(
        "Sale S-1001, line 1 (Flat white (FW-01)): the discount 8.00 is larger than the line (7.50).",
        refusal(sale(true, "0.00", flatWhite("3", "2.50", "8.00"))));
  }

  @Test
  void negativeDiscountIsRefused() {
    assertEquals(
        "Sale S-1001, line 1 (Flat white (FW-01)): the discount -1.00 is negative.",
        refusal(sale(true, "8.50", flatWhite("3", "2.50", "-1.00"))));
  }

  @Test
  void lineWithoutATaxRateIsRefused() {
    SaleLine noRate =
        new SaleLine(null, "Mystery", "drinks", dec("1"), dec("1.00"), null, "S", null);
    assertEquals(
        "Sale S-1001, line 1 (Mystery) has no tax rate.", refusal(sale(true, "1.00", noRate)));
  }

  @Test
  void saleWithoutCurrencyIsRefused() {
    SaleCompleted sale =
        Fixtures.withCurrency(sale(true, "6.00", flatWhite("2", "3.00", "0")), null);
    assertEquals("Sale S-1001 has no currency.", refusal(sale));
  }

  @Test
  void saleInAnUnknownCurrencyIsRefused() {
    SaleCompleted sale =
        Fixtures.withCurrency(sale(true, "6.00", flatWhite("2", "3.00", "0")), "XYZ");
    assertEquals("Sale S-1001 is in currency XYZ, which Xero does not know.", refusal(sale));
  }

  @Test
  void lowerCaseCurrencyCodeIsUnderstood() {
    SaleCompleted sale =
        Fixtures.withCurrency(sale(true, "6.00", flatWhite("2", "3.00", "0")), "eur");
    assertEquals(CurrencyCode.EUR, mapper.map(sale, Fixtures.coding()).getCurrencyCode());
  }

  @Test
  void saleWithoutAChargedTotalIsRefused() {
    assertEquals(
        "Sale S-1001 has no charged total.",
        refusal(sale(true, null, flatWhite("2", "3.00", "0"))));
  }

  @Test
  void negativeChargedTotalIsRefused() {
    assertEquals(
        "Sale S-1001 has a negative charged total (-6.00).",
        refusal(sale(true, "-6.00", flatWhite("2", "3.00", "0"))));
  }

  @Test
  void chargedTotalWithFractionsOfACentIsRefused() {
    assertEquals(
        "Sale S-1001 has a charged total of 6.005, which has more than 2 decimal places.",
        refusal(sale(true, "6.005", flatWhite("2", "3.00", "0"))));
  }

  @Test
  void shippingWithoutATaxRateIsRefused() {
    SaleCompleted sale =
        sale(true, new Shipping(dec("4.99"), "S", null), "10.99", flatWhite("2", "3.00", "0"));
    assertEquals("Sale S-1001, shipping has no tax rate.", refusal(sale));
  }

  @Test
  void zeroChargeOfAFullyDiscountedSaleIsAZeroInvoice() {
    Invoice invoice =
        mapper.map(sale(true, "0.00", flatWhite("1", "3.00", "3.00")), Fixtures.coding());
    assertEquals(0.0, invoice.getLineItems().get(0).getLineAmount());
    assertEquals(
        BigDecimal.ZERO.setScale(2),
        ReferenceXeroTotal.total(
            invoice.getLineItems(), invoice.getLineAmountTypes(), Fixtures.RATES));
  }
}
