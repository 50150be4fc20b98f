package com.quoox.xero.mapping;

import static com.quoox.xero.mapping.Fixtures.dec;
import static com.quoox.xero.mapping.Fixtures.line;
import static com.quoox.xero.mapping.Fixtures.refund;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.quoox.xero.events.RefundIssued;
import com.quoox.xero.events.SaleLine;
import com.xero.models.accounting.Allocation;
import com.xero.models.accounting.Allocations;
import com.xero.models.accounting.Contact;
import com.xero.models.accounting.CreditNote;
import com.xero.models.accounting.CurrencyCode;
import com.xero.models.accounting.LineAmountTypes;
import com.xero.models.accounting.LineItem;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RefundToCreditNoteTest {

  private final RefundToCreditNote mapper = new RefundToCreditNote();
  private final Contact invoiceContact =
      new Contact().contactID(UUID.fromString("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"));

  private static SaleLine flatWhite(String quantity, String unit, String discount) {
    return new SaleLine(
        null, "Flat white", "drinks", dec(quantity), dec(unit), dec(discount), "S", dec("20"));
  }

  private CreditNote map(RefundIssued refund) {
    return mapper.map(refund, Fixtures.coding(), invoiceContact);
  }

  @Test
  void refundBecomesASalesCreditNoteOnTheSameContactAsTheInvoice() {
    CreditNote note = map(refund(true, "6.00", null, flatWhite("2", "3.00", "0")));

    assertEquals(CreditNote.TypeEnum.ACCRECCREDIT, note.getType());
    assertSame(
        invoiceContact, note.getContact(), "Xero allocates only to invoices of the same contact");
    assertEquals(org.threeten.bp.LocalDate.of(2026, 3, 1), note.getDateAsDate());
    assertEquals(LineAmountTypes.INCLUSIVE, note.getLineAmountTypes());
    assertEquals("R-1", note.getReference());
    assertEquals(CurrencyCode.GBP, note.getCurrencyCode());
    assertEquals(CreditNote.StatusEnum.AUTHORISED, note.getStatus());
  }

  @Test
  void exclusiveRefundIsAnExclusiveCreditNote() {
    CreditNote note = map(refund(false, "7.20", null, flatWhite("2", "3.00", "0")));
    assertEquals(LineAmountTypes.EXCLUSIVE, note.getLineAmountTypes());
    LineItem item = note.getLineItems().get(0);
    assertEquals(2.0, item.getQuantity());
    assertEquals(3.0, item.getUnitAmount());
    assertEquals(6.0, item.getLineAmount());
    assertEquals("200", item.getAccountCode());
    assertEquals("OUTPUT2", item.getTaxType());
  }

  @Test
  void discountNetsIntoTheUnitAmountWhenThatIsExact() {
    // (2 × 2.50 − 1.00) / 2 = 2.00
    LineItem item =
        map(refund(true, "4.00", null, flatWhite("2", "2.50", "1.00"))).getLineItems().get(0);
    assertEquals("Flat white (discount 1.00)", item.getDescription());
    assertEquals(2.0, item.getQuantity());
    assertEquals(2.0, item.getUnitAmount());
    assertEquals(4.0, item.getLineAmount());
    assertNull(item.getDiscountAmount(), "Xero credit notes take no discount");
  }

  @Test
  void discountNetsToAFourDecimalUnitAmount() {
    // (4 × 1.00 − 0.01) / 4 = 0.9975
    LineItem item =
        map(refund(true, "3.99", null, flatWhite("4", "1.00", "0.01"))).getLineItems().get(0);
    assertEquals(4.0, item.getQuantity());
    assertEquals(0.9975, item.getUnitAmount());
    assertEquals(3.99, item.getLineAmount());
  }

  @Test
  void discountThatWouldNotDivideExactlyBecomesOneUnitOfTheNetAmount() {
    // (3 × 2.50 − 1.00) / 3 = 2.1666…
    LineItem item =
        map(refund(true, "6.50", null, flatWhite("3", "2.50", "1.00"))).getLineItems().get(0);
    assertEquals("3 × Flat white (discount 1.00)", item.getDescription());
    assertEquals(1.0, item.getQuantity());
    assertEquals(6.5, item.getUnitAmount());
    assertEquals(6.5, item.getLineAmount());
    assertNull(item.getDiscountAmount());
  }

  @Test
  void fractionalQuantityKeepsItsDigitsInTheDescription() {
    // 0.333 × 3.00 − 0.10 = 0.899, not a 4-dp unit once divided by 0.333
    LineItem item =
        map(refund(true, "0.90", null, flatWhite("0.333", "3.00", "0.10"))).getLineItems().get(0);
    assertEquals("0.333 × Flat white (discount 0.10)", item.getDescription());
    assertEquals(0.9, item.getUnitAmount());
  }

  @Test
  void amountOnlyRefundIsOneInclusiveLineOnTheSalesCoding() {
    CreditNote note = map(refund(false, "12.34", "Broken cup"));

    assertEquals(
        LineAmountTypes.INCLUSIVE, note.getLineAmountTypes(), "so the total is the amount");
    assertEquals(1, note.getLineItems().size());
    LineItem item = note.getLineItems().get(0);
    assertEquals("Broken cup", item.getDescription());
    assertEquals(1.0, item.getQuantity());
    assertEquals(12.34, item.getUnitAmount());
    assertEquals(12.34, item.getLineAmount());
    assertEquals("200", item.getAccountCode());
    assertEquals("OUTPUT2", item.getTaxType());
  }

  @Test
  void amountOnlyRefundWithoutAReasonIsDescribedByItsNumber() {
    assertEquals(
        "Refund R-1", map(refund(true, "5.00", " ")).getLineItems().get(0).getDescription());
  }

  @Test
  void refundLinesGetARoundingLineToMatchTheAmountRefunded() {
    CreditNote note =
        map(
            refund(
                false,
                "3.71",
                null,
                line("Tea", "1", "1.03", "20"),
                line("Tea", "1", "1.03", "20"),
                line("Tea", "1", "1.03", "20")));

    List<LineItem> items = note.getLineItems();
    assertEquals(4, items.size());
    assertEquals("Rounding", items.get(3).getDescription());
    assertEquals(-0.01, items.get(3).getLineAmount());
    assertEquals(
        0,
        ReferenceXeroTotal.total(items, note.getLineAmountTypes(), Fixtures.RATES)
            .compareTo(dec("3.71")));
  }

  @Test
  void refundFarFromItsLinesIsRefusedWithAMessageForTheOwner() {
    MappingException refused =
        assertThrows(
            MappingException.class,
            () -> map(refund(false, "1.00", null, flatWhite("2", "3.00", "0"))));
    assertEquals(
        "Refund R-1 was for 1.00 but its lines add up to 7.20 in Xero; "
            + "the difference 6.20 is more than rounding.",
        refused.getMessage());
  }

  @Test
  void refundWithoutAnAmountIsRefused() {
    MappingException refused =
        assertThrows(MappingException.class, () -> map(refund(true, null, "x")));
    assertEquals("Refund R-1 has no refund amount.", refused.getMessage());
  }

  @Test
  void refundOfNothingIsRefused() {
    MappingException refused =
        assertThrows(MappingException.class, () -> map(refund(true, "0.00", "x")));
    assertEquals("Refund R-1 is for 0.00; there is nothing to credit.", refused.getMessage());
  }

  @Test
  void negativeRefundIsRefused() {
    MappingException refused =
        assertThrows(MappingException.class, () -> map(refund(true, "-5.00", "x")));
    assertEquals("Refund R-1 has a negative refund amount (-5.00).", refused.getMessage());
  }

  @Test
  void refundLineWithTooPreciseQuantityIsRefused() {
    MappingException refused =
        assertThrows(
            MappingException.class,
            () -> map(refund(true, "1.00", null, flatWhite("0.12345", "3.00", "0"))));
    assertEquals(
        "Refund R-1, line 1 (Flat white): the quantity 0.12345 has more than 4 decimal places; "
            + "Xero accepts at most 4.",
        refused.getMessage());
  }

  @Test
  void refundInAnUnknownCurrencyIsRefused() {
    RefundIssued refund =
        new RefundIssued(
            "biz-1",
            "refund-1",
            "R-1",
            "sale-1",
            Fixtures.COMPLETED_AT,
            "ZZZ",
            true,
            List.of(),
            dec("1.00"),
            null);
    MappingException refused = assertThrows(MappingException.class, () -> map(refund));
    assertEquals("Refund R-1 is in currency ZZZ, which Xero does not know.", refused.getMessage());
  }

  @Test
  void creditNoteNeedsTheInvoiceContact() {
    assertThrows(
        NullPointerException.class,
        () -> mapper.map(refund(true, "5.00", null), Fixtures.coding(), null));
  }

  @Test
  void expectedTotalIsTheRefundAmountInCents() {
    assertEquals(dec("5.00"), mapper.expectedTotal(refund(true, "5", null)));
  }

  @Test
  void allocationAppliesTheAmountToTheSalesInvoiceOnTheDate() {
    UUID invoiceId = UUID.randomUUID();

    Allocations body = mapper.allocationFor(invoiceId, dec("12.34"), LocalDate.of(2026, 3, 2));

    assertEquals(1, body.getAllocations().size());
    Allocation allocation = body.getAllocations().get(0);
    assertEquals(invoiceId, allocation.getInvoice().getInvoiceID());
    assertEquals(12.34, allocation.getAmount());
    assertEquals(org.threeten.bp.LocalDate.of(2026, 3, 2), allocation.getDateAsDate());
  }

  @Test
  void allocationOfNothingIsRefused() {
    assertThrows(
        MappingException.class,
        () -> mapper.allocationFor(UUID.randomUUID(), dec("0"), LocalDate.of(2026, 3, 2)));
  }
}
