package com.quoox.xero.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Dates as the SDK takes them (ThreeTen Backport). A document is dated by the UTC day of the event,
 * so the same sale gets the same date on every node whatever its time zone.
 */
final class XeroDate {

  private XeroDate() {}

  static org.threeten.bp.LocalDate utcDay(Instant instant, String subject) {
    if (instant == null) {
      throw new MappingException(subject + " has no date.");
    }
    return of(instant.atZone(ZoneOffset.UTC).toLocalDate());
  }

  static org.threeten.bp.LocalDate of(LocalDate date) {
    return org.threeten.bp.LocalDate.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }
}
