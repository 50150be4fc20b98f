package com.quoox.xero.mapping;

import java.math.BigDecimal;

/**
 * The one crossing from our BigDecimal money to the SDK's {@code Double} fields. Exact for amounts
 * of up to 15 significant digits, because the SDK's Jackson writes the shortest decimal that reads
 * back as the same double; anything else is refused rather than sent changed.
 */
final class SdkNumber {

  private SdkNumber() {}

  static Double of(BigDecimal value) {
    double converted = value.doubleValue();
    if (BigDecimal.valueOf(converted).compareTo(value) != 0) {
      throw new MappingException(
          "The amount " + value.toPlainString() + " has too many digits to send to Xero exactly.");
    }
    return converted;
  }
}
