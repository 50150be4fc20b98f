package com.quoox.xero.mapping;

import static com.quoox.xero.mapping.Fixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineAmountsTest {

  @ParameterizedTest(name = "{0} × {1} − {2} = {3}")
  @CsvSource({
    "3, 2.50, 0, 7.50",
    "0.333, 2.999, 0, 1.00", // 0.998667
    "1.5, 0.333, 0, 0.50", // 0.4995 rounds half away from zero
    "3, 0.335, 0, 1.01", // 1.005 exactly: half up, not to even
    "2, 1.2345, 0.10, 2.37", // 2.469 − 0.10 = 2.369
    "1, 999999.99, 0, 999999.99",
    "1000, 999999.99, 0.01, 999999989.99",
    "1, -0.005, 0, -0.01" // negative halves round away from zero too
  })
  void lineAmountIsQuantityTimesUnitLessDiscountRoundedHalfAwayFromZero(
      String quantity, String unit, String discount, String expected) {
    assertEquals(dec(expected), LineAmounts.lineAmount(dec(quantity), dec(unit), dec(discount)));
  }

  @ParameterizedTest(name = "exclusive {0} at {1} % → {2}")
  @CsvSource({
    "1.03, 20, 0.21",
    "0.05, 5, 0.00",
    "0.10, 5, 0.01",
    "10.00, 0, 0.00",
    "2.50, 17.5, 0.44"
  })
  void exclusiveTaxIsTheRateOfTheLineRoundedPerLine(String amount, String rate, String expected) {
    assertEquals(dec(expected), LineAmounts.tax(dec(amount), dec(rate), false));
  }

  @ParameterizedTest(name = "inclusive {0} at {1} % → {2}")
  @CsvSource({
    "1.20, 20, 0.20",
    "1.00, 20, 0.17",
    "1.05, 5, 0.05",
    "0.03, 20, 0.01",
    "9.99, 0, 0.00"
  })
  void inclusiveTaxIsTheShareOfTheRateInsideTheLine(String amount, String rate, String expected) {
    assertEquals(dec(expected), LineAmounts.tax(dec(amount), dec(rate), true));
  }

  @Test
  void roundingIsToCentsAtScaleTwo() {
    assertEquals(2, LineAmounts.round(new BigDecimal("7")).scale());
    assertEquals(dec("0.01"), LineAmounts.round(dec("0.005")));
    assertEquals(dec("-0.01"), LineAmounts.round(dec("-0.005")));
  }
}
