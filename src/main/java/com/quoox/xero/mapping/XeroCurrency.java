package com.quoox.xero.mapping;

import com.xero.models.accounting.CurrencyCode;
import java.util.Locale;

/**
 * Reads an ISO 4217 code from an event as the SDK's {@link CurrencyCode}, or says why it cannot.
 */
final class XeroCurrency {

  private XeroCurrency() {}

  static CurrencyCode of(String code, String subject) {
    if (code == null || code.isBlank()) {
      throw new MappingException(subject + " has no currency.");
    }
    try {
      return CurrencyCode.fromValue(code.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new MappingException(
          subject + " is in currency " + code + ", which Xero does not know.");
    }
  }
}
