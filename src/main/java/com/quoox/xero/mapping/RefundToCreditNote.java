package com.quoox.xero.mapping;

import com.quoox.xero.events.RefundIssued;
import com.quoox.xero.events.SaleLine;
import com.xero.models.accounting.Allocation;
import com.xero.models.accounting.Allocations;
import com.xero.models.accounting.Contact;
import com.xero.models.accounting.CreditNote;
import com.xero.models.accounting.Invoice;
import com.xero.models.accounting.LineAmountTypes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Turns a refund into a Xero sales credit note (ACCRECCREDIT) for exactly the amount refunded, and
 * builds the allocation that applies it to the sale's invoice.
 */
public class RefundToCreditNote {

  private final DocumentDating dating;

  /** Dating documents by the UTC day. */
  public RefundToCreditNote() {
    this(DocumentDating.UTC);
  }

  /** Dating documents as the organisation's {@code dating} says. */
  public RefundToCreditNote(DocumentDating dating) {
    this.dating = dating;
  }

  /**
   * The credit note for a refund, on the contact of the sale's invoice: Xero only allocates a
   * credit note to an invoice of the same contact.
   *
   * @param invoiceContact the contact of the sale's invoice, e.g. {@code new
   *     Contact().contactID(id)}
   * @throws MappingException when the refund cannot become a correct credit note
   */
  public CreditNote map(RefundIssued refund, BusinessCoding coding, Contact invoiceContact) {
    Objects.requireNonNull(invoiceContact, "the contact of the sale's invoice");
    String subject = subject(refund);
    // An amount-only refund is one tax-inclusive line, so its total is the amount by definition.
    boolean inclusive = inclusive(refund);
    CreditNote note =
        new CreditNote()
            .type(CreditNote.TypeEnum.ACCRECCREDIT)
            .contact(invoiceContact)
            .currencyCode(XeroCurrency.of(refund.currency(), subject))
            .lineAmountTypes(inclusive ? LineAmountTypes.INCLUSIVE : LineAmountTypes.EXCLUSIVE)
            .reference(coding.reference(refund.refundNumber()))
            .status(coding.status().creditNoteStatus());
    LocalDate refunded = dating.ownDay(refund.issuedAt(), subject);
    note.setDate(XeroDate.of(dating.dated(refunded)));
    List<PricedLine> lines = pricedLines(refund, coding);
    note.lineItems(new ArrayList<>(lines.stream().map(PricedLine::toLineItem).toList()));
    dating
        .note(refunded, "refunded")
        .ifPresent(text -> XeroDate.noteOnFirstLine(note.getLineItems(), text));
    return note;
  }

  /** The refund's lines as its own credit note carries them (daily summaries too). */
  List<PricedLine> pricedLines(RefundIssued refund, BusinessCoding coding) {
    BigDecimal amount = expectedTotal(refund);
    return refund.lines().isEmpty()
        ? List.of(amountLine(refund, amount, coding))
        : refundedLines(refund, amount, coding);
  }

  /** Whether the credit note's amounts include tax: an amount-only refund is one inclusive line. */
  static boolean inclusive(RefundIssued refund) {
    return refund.lines().isEmpty() || refund.pricesIncludeTax();
  }

  /** The total the credit note will have in Xero, to compare with Xero's answer after sending. */
  public BigDecimal expectedTotal(RefundIssued refund) {
    BigDecimal amount =
        ChargeReconciliation.chargedAmount(refund.amount(), subject(refund), "refund amount");
    if (amount.signum() == 0) {
      throw new MappingException(subject(refund) + " is for 0.00; there is nothing to credit.");
    }
    return amount;
  }

  /**
   * The body of {@code PUT /CreditNotes/{CreditNoteID}/Allocations} that applies {@code amount} of
   * the credit note to the sale's invoice on {@code date}.
   */
  public Allocations allocationFor(UUID invoiceId, BigDecimal amount, LocalDate date) {
    Objects.requireNonNull(invoiceId, "invoiceId");
    Objects.requireNonNull(date, "date");
    BigDecimal applied = ChargeReconciliation.chargedAmount(amount, "The allocation", "amount");
    if (applied.signum() == 0) {
      throw new MappingException("The allocation has an amount of 0.00; Xero needs more.");
    }
    Allocation allocation =
        new Allocation().invoice(new Invoice().invoiceID(invoiceId)).amount(SdkNumber.of(applied));
    allocation.setDate(XeroDate.of(date));
    return new Allocations().allocations(new ArrayList<>(List.of(allocation)));
  }

  private static PricedLine amountLine(
      RefundIssued refund, BigDecimal amount, BusinessCoding coding) {
    String reason = refund.reason();
    String description = reason == null || reason.isBlank() ? subject(refund) : reason.strip();
    // The rate does not matter: on an inclusive line the total is the line amount.
    return new PricedLine(
        description, BigDecimal.ONE, amount, BigDecimal.ZERO, BigDecimal.ZERO, coding.sales());
  }

  private static List<PricedLine> refundedLines(
      RefundIssued refund, BigDecimal amount, BusinessCoding coding) {
    String subject = subject(refund);
    List<PricedLine> lines = new ArrayList<>();
    int number = 1;
    for (SaleLine line : refund.lines()) {
      lines.add(SaleLineRules.priced(line, number++, subject, coding));
    }
    String chargedAs = subject + " was for " + amount.toPlainString();
    return ChargeReconciliation.reconcile(
        lines, refund.pricesIncludeTax(), amount, coding.rounding(), chargedAs);
  }

  private static String subject(RefundIssued refund) {
    return "Refund " + (refund.refundNumber() != null ? refund.refundNumber() : refund.refundId());
  }
}
