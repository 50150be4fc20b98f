package com.quoox.xero.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A day as the API takes it: {@code YYYY-MM-DD}, checked against the calendar. */
public final class CalendarDay {

  /** The shape, for {@code @Pattern}; a day of that shape may still not exist (2026-02-30). */
  public static final String PATTERN = "[0-9]{4}-[0-9]{2}-[0-9]{2}";

  public static final String PATTERN_MESSAGE = "must be a day as YYYY-MM-DD";

  private CalendarDay() {}

  /** The day, or null for null; a 400 on {@code field} when the calendar has no such day. */
  public static LocalDate parse(String field, String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidRequest(field, text + " is not a day of the calendar");
    }
  }
}
