package com.quoox.xero.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * How an organisation's documents are dated: by the day of the sale, refund or payment in the
 * organisation's time zone; and, when the business chose so, a day in a period locked in Xero moves
 * to the first day Xero has open, with the document's own day named on it.
 *
 * @param lockedUntil the organisation's later lock date, when days up to it move; null: none move
 */
public record DocumentDating(ZoneId zone, LocalDate lockedUntil) {

  /** By the UTC day, nothing moved. */
  public static final DocumentDating UTC = new DocumentDating(ZoneOffset.UTC, null);

  public static DocumentDating in(ZoneId zone) {
    return new DocumentDating(zone, null);
  }

  /** The day of the event in the organisation's zone. */
  LocalDate ownDay(Instant at, String subject) {
    if (at == null) {
      throw new MappingException(subject + " has no date.");
    }
    return at.atZone(zone).toLocalDate();
  }

  /** The day a document of an event at {@code at} is dated (e.g. a credit note's allocation). */
  public LocalDate datedDay(Instant at, String subject) {
    return dated(ownDay(at, subject));
  }

  /** The day the document is dated: its own, or the first open day after the lock. */
  LocalDate dated(LocalDate own) {
    return lockedUntil != null && !own.isAfter(lockedUntil) ? lockedUntil.plusDays(1) : own;
  }

  /** What the document's first line says when it is dated later than its own day. */
  Optional<String> note(LocalDate own, String happened) {
    LocalDate dated = dated(own);
    return dated.equals(own)
        ? Optional.empty()
        : Optional.of(
            " (" + happened + " " + own + "; dated " + dated + ", the first day open in Xero)");
  }
}
