package com.quoox.xero.mapping;

import static com.quoox.xero.mapping.Fixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.xero.models.accounting.LineItem;
import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SdkNumberTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0.1",
        "0.333",
        "0.0001",
        "2.999",
        "1.005",
        "-0.01",
        "999999.99",
        "999999999.99",
        "1234567.8901",
        "99999999999.9999",
        "0.9975",
        "7.125"
      })
  void amountWrittenToTheSdkReadsBackAsTheSameBigDecimal(String value) {
    Double written = SdkNumber.of(dec(value));
    assertEquals(0, BigDecimal.valueOf(written).compareTo(dec(value)));
  }

  @Test
  void everyFourDecimalAmountOfNormalSizeReadsBackExactly() {
    Random random = new Random(42);
    for (int i = 0; i < 200_000; i++) {
      BigDecimal value =
          BigDecimal.valueOf(random.nextLong() % 100_000_000_000_000L, random.nextInt(5));
      assertEquals(
          0, BigDecimal.valueOf(SdkNumber.of(value)).compareTo(value), value::toPlainString);
    }
  }

  @Test
  void amountTooLongForADoubleIsRefusedRatherThanChanged() {
    assertThrows(MappingException.class, () -> SdkNumber.of(dec("12345678901234567.89")));
  }

  @Test
  void jacksonWritesTheSdkDoublesAsTheOriginalDecimals() throws Exception {
    LineItem item =
        new LineItem()
            .quantity(SdkNumber.of(dec("0.333")))
            .unitAmount(SdkNumber.of(dec("2.9990")))
            .lineAmount(SdkNumber.of(dec("999999.99")))
            .discountAmount(SdkNumber.of(dec("0.10")));

    String json = new ObjectMapper().writeValueAsString(item);

    assertTrue(json.contains("\"Quantity\":0.333"), json);
    assertTrue(json.contains("\"UnitAmount\":2.999"), json);
    assertTrue(json.contains("\"LineAmount\":999999.99"), json);
    assertTrue(json.contains("\"DiscountAmount\":0.1"), json);
  }
}
