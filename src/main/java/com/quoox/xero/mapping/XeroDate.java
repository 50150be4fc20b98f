package com.quoox.xero.mapping;

import com.xero.models.accounting.LineItem;
import java.time.LocalDate;
import java.util.List;

/**
 * Dates as the SDK takes them (ThreeTen Backport). A document is dated by the day of the event in
 * the organisation's time zone, as Xero and its accountant see it; never the server's zone, so the
 * same sale gets the same date on every node.
 */
final class XeroDate {

  private XeroDate() {}

  /** Names on a document's first line why its date is not the day it happened. */
  static void noteOnFirstLine(List<LineItem> lines, String note) {
    if (!lines.isEmpty()) {
      LineItem first = lines.get(0);
      first.setDescription((first.getDescription() == null ? "" : first.getDescription()) + note);
    }
  }

  static org.threeten.bp.LocalDate of(LocalDate date) {
    return org.threeten.bp.LocalDate.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }
}
