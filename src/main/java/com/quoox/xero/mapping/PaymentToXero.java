package com.quoox.xero.mapping;

import com.quoox.xero.events.PaymentProvider;
import com.quoox.xero.events.PaymentReceived;
import com.quoox.xero.events.RefundPaid;
import com.xero.models.accounting.CreditNote;
import com.xero.models.accounting.Invoice;
import com.xero.models.accounting.Payment;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Money received for a sale, or paid back for a refund, as a Xero payment: on the sale's invoice
 * into the provider's clearing account, or on the refund's credit note out of it (Xero's
 * ACCRECPAYMENT and ARCREDITPAYMENT). Pure: no I/O.
 */
public final class PaymentToXero {

  private final DocumentDating dating;

  /** Dating documents by the UTC day. */
  public PaymentToXero() {
    this(DocumentDating.UTC);
  }

  /** Dating documents as the organisation's {@code dating} says. */
  public PaymentToXero(DocumentDating dating) {
    this.dating = dating;
  }

  /** A payment on the invoice {@code invoiceId}, in the invoice's currency {@code saleCurrency}. */
  public Payment received(
      PaymentReceived payment, UUID invoiceId, String saleCurrency, ProviderAccounts accounts) {
    sameCurrency(payment.currency(), saleCurrency, "Payment " + reference(payment), "sale");
    return payment(
            accounts,
            payment.provider(),
            payment.amount(),
            payment.receivedAt(),
            reference(payment))
        .invoice(new Invoice().invoiceID(invoiceId));
  }

  /** A refund paid out, on the credit note {@code creditNoteId}. */
  public Payment refunded(
      RefundPaid paid, UUID creditNoteId, String refundCurrency, ProviderAccounts accounts) {
    sameCurrency(paid.currency(), refundCurrency, "Refund payment " + reference(paid), "refund");
    return payment(accounts, paid.provider(), paid.amount(), paid.paidAt(), reference(paid))
        .creditNote(new CreditNote().creditNoteID(creditNoteId));
  }

  /** The Reference the payment carries in Xero, and by which it is found again. */
  public static String reference(PaymentReceived payment) {
    return payment.providerPaymentId() != null ? payment.providerPaymentId() : payment.paymentId();
  }

  public static String reference(RefundPaid paid) {
    return paid.providerRefundId() != null ? paid.providerRefundId() : paid.refundPaymentId();
  }

  private Payment payment(
      ProviderAccounts accounts,
      PaymentProvider provider,
      BigDecimal amount,
      Instant at,
      String reference) {
    if (accounts.accountCode() == null) {
      throw new MappingException(
          "Choose the account that " + provider + " payments go into, in the Xero settings");
    }
    Payment payment =
        new Payment()
            .account(XeroAccountRef.of(accounts.accountCode()))
            .amount(SdkNumber.of(amount.setScale(2)))
            .reference(reference);
    // The LocalDate setter: the SDK writes dates in Xero's own /Date(…)/ form, not ISO text.
    payment.setDate(XeroDate.of(dating.dated(dating.ownDay(at, "the payment"))));
    return payment;
  }

  private static void sameCurrency(String paid, String document, String what, String of) {
    if (!paid.equals(document)) {
      throw new MappingException(
          what
              + " is in "
              + paid
              + " but its "
              + of
              + " is in "
              + document
              + ": Xero records a payment in its document's currency");
    }
  }
}
