package com.quoox.xero.mapping;

import com.quoox.xero.events.SaleCompleted;
import com.quoox.xero.events.SaleLine;
import com.xero.models.accounting.Invoice;
import com.xero.models.accounting.LineAmountTypes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a completed sale into a Xero sales invoice (ACCREC) whose total equals what the customer
 * was charged, to the cent. Refuses, with a message for the business owner, sales Xero would reject
 * or total differently.
 */
public class SaleToInvoice {

  private final DocumentDating dating;

  /** Dating documents by the UTC day. */
  public SaleToInvoice() {
    this(DocumentDating.UTC);
  }

  /** Dating documents as the organisation's {@code dating} says. */
  public SaleToInvoice(DocumentDating dating) {
    this.dating = dating;
  }

  /**
   * The invoice for a sale, with a rounding line when Xero's per-line tax rounding would otherwise
   * make its total differ from the charge.
   *
   * @throws MappingException when the sale cannot become a correct invoice
   */
  public Invoice map(SaleCompleted sale, BusinessCoding coding) {
    String subject = subject(sale);
    Invoice invoice =
        new Invoice()
            .type(Invoice.TypeEnum.ACCREC)
            .contact(
                coding.contactStrategy().contactFor(sale.customer(), coding.singleContactName()))
            .currencyCode(XeroCurrency.of(sale.currency(), subject))
            .lineAmountTypes(
                sale.pricesIncludeTax() ? LineAmountTypes.INCLUSIVE : LineAmountTypes.EXCLUSIVE)
            .reference(coding.reference(sale.saleNumber()))
            .status(coding.status().invoiceStatus());
    // A POS sale is paid at the till, so it falls due on the day it is made.
    LocalDate sold = dating.ownDay(sale.completedAt(), subject);
    invoice.setDate(XeroDate.of(dating.dated(sold)));
    invoice.setDueDate(XeroDate.of(dating.dated(sold)));
    if (coding.linkToSale() && sale.saleUrl() != null && !sale.saleUrl().isBlank()) {
      invoice.url(sale.saleUrl());
    }
    List<PricedLine> lines = reconciledLines(sale, coding, subject);
    invoice.lineItems(new ArrayList<>(lines.stream().map(PricedLine::toLineItem).toList()));
    dating
        .note(sold, "sold")
        .ifPresent(note -> XeroDate.noteOnFirstLine(invoice.getLineItems(), note));
    return invoice;
  }

  /** The total the invoice will have in Xero, to compare with Xero's answer after sending. */
  public BigDecimal expectedTotal(SaleCompleted sale) {
    return ChargeReconciliation.chargedAmount(sale.totalCharged(), subject(sale), "charged total");
  }

  /** The sale's lines as its own invoice carries them, rounding line included (daily summaries). */
  List<PricedLine> pricedLines(SaleCompleted sale, BusinessCoding coding) {
    return reconciledLines(sale, coding, subject(sale));
  }

  private List<PricedLine> reconciledLines(
      SaleCompleted sale, BusinessCoding coding, String subject) {
    BigDecimal charged = expectedTotal(sale);
    if (sale.lines().isEmpty()) {
      throw new MappingException(subject + " has no lines; a Xero invoice needs at least one.");
    }
    List<PricedLine> lines = new ArrayList<>();
    int number = 1;
    for (SaleLine line : sale.lines()) {
      lines.add(SaleLineRules.priced(line, number++, subject, coding));
    }
    PricedLine shipping = SaleLineRules.shipping(sale.shipping(), subject, coding);
    if (shipping != null) {
      lines.add(shipping);
    }
    String chargedAs = subject + " was charged " + charged.toPlainString();
    return ChargeReconciliation.reconcile(
        lines, sale.pricesIncludeTax(), charged, coding.rounding(), chargedAs);
  }

  private static String subject(SaleCompleted sale) {
    return "Sale " + (sale.saleNumber() != null ? sale.saleNumber() : sale.saleId());
  }
}
