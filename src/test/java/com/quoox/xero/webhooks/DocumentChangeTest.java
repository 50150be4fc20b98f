package com.quoox.xero.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quoox.xero.outbox.XeroChange;
import com.xero.models.accounting.Invoice;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DocumentChangeTest {

  private static final BigDecimal CHARGED = new BigDecimal("8.40");

  /** As Xero answers it: Total and AmountPaid are read-only in the SDK's model. */
  private static Invoice invoice(Invoice.StatusEnum status, double total, double paid) {
    String json =
        "{\"Status\":\"" + status + "\",\"Total\":" + total + ",\"AmountPaid\":" + paid + "}";
    try {
      return new ObjectMapper().readValue(json, Invoice.class);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void voidedAndDeletedInvoicesAreSaidSo() {
    assertEquals(
        XeroChange.VOIDED,
        DocumentChange.of(invoice(Invoice.StatusEnum.VOIDED, 8.40, 0), CHARGED)
            .orElseThrow()
            .change());
    assertEquals(
        XeroChange.DELETED,
        DocumentChange.of(invoice(Invoice.StatusEnum.DELETED, 8.40, 0), CHARGED)
            .orElseThrow()
            .change());
  }

  @Test
  void aPaidInvoiceCarriesTheAmountPaid() {
    DocumentChange paid =
        DocumentChange.of(invoice(Invoice.StatusEnum.PAID, 8.40, 8.4), CHARGED).orElseThrow();
    assertEquals(XeroChange.PAID, paid.change());
    assertEquals(new BigDecimal("8.40"), paid.amount());
  }

  @Test
  void anAuthorisedInvoiceWithAnotherTotalWasEditedAndOneWithTheChargeIsUnchanged() {
    DocumentChange edited =
        DocumentChange.of(invoice(Invoice.StatusEnum.AUTHORISED, 9.1, 0), CHARGED).orElseThrow();
    assertEquals(XeroChange.EDITED, edited.change());
    assertEquals(new BigDecimal("9.10"), edited.amount());
    assertTrue(
        DocumentChange.of(invoice(Invoice.StatusEnum.AUTHORISED, 8.4, 0), CHARGED).isEmpty());
  }
}
