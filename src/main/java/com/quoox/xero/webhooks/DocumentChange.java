package com.quoox.xero.webhooks;

import com.quoox.xero.outbox.XeroChange;
import com.xero.models.accounting.Invoice;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * What an invoice read from Xero says happened to it since the module sent it: voided, deleted,
 * paid in full (with the amount paid), or edited (its total is no longer what the sale charged).
 */
record DocumentChange(XeroChange change, BigDecimal amount) {

  static Optional<DocumentChange> of(Invoice invoice, BigDecimal charged) {
    Invoice.StatusEnum status = invoice.getStatus();
    if (status == Invoice.StatusEnum.VOIDED) {
      return Optional.of(new DocumentChange(XeroChange.VOIDED, null));
    }
    if (status == Invoice.StatusEnum.DELETED) {
      return Optional.of(new DocumentChange(XeroChange.DELETED, null));
    }
    if (status == Invoice.StatusEnum.PAID) {
      return Optional.of(new DocumentChange(XeroChange.PAID, money(invoice.getAmountPaid())));
    }
    BigDecimal total = money(invoice.getTotal());
    if (total != null && charged != null && total.compareTo(charged) != 0) {
      return Optional.of(new DocumentChange(XeroChange.EDITED, total));
    }
    return Optional.empty();
  }

  /** The SDK reads Xero's amounts as doubles; Xero's are to the cent. */
  private static BigDecimal money(Double amount) {
    return amount == null ? null : BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
  }
}
