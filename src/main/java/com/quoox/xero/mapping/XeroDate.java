package com.quoox.xero.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Dates as the SDK takes them (ThreeTen Backport). A document is dated by the day of the event in
 * the organisation's time zone, as Xero and its accountant see it; never the server's zone, so the
 * same sale gets the same date on every node.
 */
final class XeroDate {

  private XeroDate() {}

  static org.threeten.bp.LocalDate dayIn(ZoneId zone, Instant instant, String subject) {
    if (instant == null) {
      throw new MappingException(subject + " has no date.");
    }
    return of(instant.atZone(zone).toLocalDate());
  }

  static org.threeten.bp.LocalDate of(LocalDate date) {
    return org.threeten.bp.LocalDate.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }
}
