package com.quoox.xero.mapping;

import com.quoox.xero.events.RefundIssued;
import com.quoox.xero.events.SaleCompleted;
import com.xero.models.accounting.Contact;
import com.xero.models.accounting.CreditNote;
import com.xero.models.accounting.Invoice;
import com.xero.models.accounting.LineAmountTypes;
import com.xero.models.accounting.LineItem;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One day's sales as one invoice, or its refunds as one credit note, with a line per account and
 * tax type (daily summary mode). Each sale is first priced exactly as its own invoice would be,
 * rounding line included, so its amount with tax is what the customer was charged; the summary's
 * lines add those amounts with tax per account and tax type and go to Xero as amounts that include
 * tax. Xero's total is then the sum of its lines: the day's charges, to the cent. The tax Xero
 * works out on a summed line may differ by a few cents from the sum of the sales' own taxes; the
 * total cannot.
 */
public class DailySummary {

  private final SaleToInvoice saleToInvoice = new SaleToInvoice();
  private final RefundToCreditNote refundToCreditNote = new RefundToCreditNote();

  private final BusinessCoding coding;
  private final Map<AccountCoding, BigDecimal> amounts = new LinkedHashMap<>();
  private BigDecimal total = BigDecimal.ZERO.setScale(LineAmounts.MONEY_SCALE);
  private String currency;
  private final List<String> numbers = new ArrayList<>();

  public DailySummary(BusinessCoding coding) {
    this.coding = coding;
  }

  /** The day in the organisation's {@code zone} an event belongs to, as documents are dated. */
  public static LocalDate dayOf(Instant at, ZoneId zone) {
    return at.atZone(zone).toLocalDate();
  }

  /**
   * Adds a sale; a sale that could not become an invoice of its own is refused with the reason, and
   * nothing of it is added.
   *
   * @throws MappingException when the sale cannot be invoiced
   */
  public void add(SaleCompleted sale) {
    String subject = "Sale " + sale.saleNumber();
    List<PricedLine> lines = saleToInvoice.pricedLines(sale, coding);
    add(sale.currency(), subject, sale.saleNumber(), lines, sale.pricesIncludeTax());
  }

  /**
   * Adds a refund, as {@link #add(SaleCompleted)} adds a sale.
   *
   * @throws MappingException when the refund cannot be credited
   */
  public void add(RefundIssued refund) {
    String subject = "Refund " + refund.refundNumber();
    List<PricedLine> lines = refundToCreditNote.pricedLines(refund, coding);
    add(
        refund.currency(),
        subject,
        refund.refundNumber(),
        lines,
        RefundToCreditNote.inclusive(refund));
  }

  /** What Xero's total will be: the sum of what was charged (or refunded). */
  public BigDecimal total() {
    return total;
  }

  public int size() {
    return numbers.size();
  }

  /** The sales invoice of {@code day}, with Reference {@code number} in the business's template. */
  public Invoice invoice(LocalDate day, String number) {
    Invoice invoice =
        new Invoice()
            .type(Invoice.TypeEnum.ACCREC)
            .contact(summaryContact())
            .currencyCode(XeroCurrency.of(currency, "The daily summary"))
            .lineAmountTypes(LineAmountTypes.INCLUSIVE)
            .reference(coding.reference(number))
            .status(coding.status().invoiceStatus())
            .lineItems(lines(day, "sales"));
    invoice.setDate(XeroDate.of(day));
    invoice.setDueDate(XeroDate.of(day));
    return invoice;
  }

  /** The credit note of {@code day}'s refunds; not allocated, the refunds' payments settle it. */
  public CreditNote creditNote(LocalDate day, String number) {
    CreditNote note =
        new CreditNote()
            .type(CreditNote.TypeEnum.ACCRECCREDIT)
            .contact(summaryContact())
            .currencyCode(XeroCurrency.of(currency, "The daily summary"))
            .lineAmountTypes(LineAmountTypes.INCLUSIVE)
            .reference(coding.reference(number))
            .status(coding.status().creditNoteStatus())
            .lineItems(lines(day, "refunds"));
    note.setDate(XeroDate.of(day));
    return note;
  }

  private void add(
      String documentCurrency,
      String subject,
      String number,
      List<PricedLine> lines,
      boolean inclusive) {
    if (currency != null && !currency.equals(documentCurrency)) {
      throw new MappingException(
          subject + " is in " + documentCurrency + ", the day's summary in " + currency + ".");
    }
    currency = documentCurrency;
    for (PricedLine line : lines) {
      BigDecimal withTax = inclusive ? line.lineAmount() : line.lineAmount().add(line.tax(false));
      amounts.merge(line.coding(), withTax, BigDecimal::add);
      total = total.add(withTax);
    }
    numbers.add(number);
  }

  /**
   * The walk-in contact: a day's sales belong to many customers, so the summary goes to the one
   * contact the business named for sales without a customer.
   */
  private Contact summaryContact() {
    return new Contact().name(coding.singleContactName());
  }

  /** A line per account and tax type; those that add up to nothing are left out. */
  private List<LineItem> lines(LocalDate day, String what) {
    if (numbers.isEmpty()) {
      throw new IllegalStateException("A daily summary needs at least one document");
    }
    String description =
        numbers.size()
            + " "
            + what
            + " on "
            + day
            + (numbers.size() == 1
                ? " (" + numbers.get(0) + ")"
                : " (" + numbers.get(0) + " … " + numbers.get(numbers.size() - 1) + ")");
    List<LineItem> items = new ArrayList<>();
    amounts.forEach(
        (accountCoding, amount) -> {
          if (amount.signum() != 0) {
            items.add(line(description, amount, accountCoding));
          }
        });
    if (items.isEmpty()) {
      items.add(line(description, BigDecimal.ZERO.setScale(2), coding.sales()));
    }
    return items;
  }

  private static LineItem line(String description, BigDecimal amount, AccountCoding accountCoding) {
    // Inclusive: the rate does not change the line's amount, so none is needed here.
    return new PricedLine(
            description, BigDecimal.ONE, amount, BigDecimal.ZERO, BigDecimal.ZERO, accountCoding)
        .toLineItem();
  }
}
