package com.quoox.xero.dispatch;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class XeroTotalCheckTest {

  @Test
  void matchingTotalGivesNoWarning() {
    assertNull(XeroTotalCheck.warning("Invoice", new BigDecimal("8.40"), 8.4));
  }

  @Test
  void totalOneCentOffIsReportedWithBothAmounts() {
    String warning = XeroTotalCheck.warning("Invoice", new BigDecimal("8.40"), 8.41);

    assertTrue(warning.contains("8.41") && warning.contains("8.40"), warning);
  }

  @Test
  void missingTotalIsNotAWarning() {
    assertNull(XeroTotalCheck.warning("Invoice", new BigDecimal("8.40"), null));
  }
}
