package com.quoox.xero.xeroapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the module reads of Xero's {@code GET /Organisation}, read from the JSON itself rather than
 * the SDK's model: Xero sends time zones its own enum lacks (e.g. {@code UTC+13}), and the SDK's
 * enums throw on a value they do not know, which would keep such an organisation from connecting.
 *
 * @param timezone Xero's name of the organisation's time zone, as sent (null: none)
 * @param periodLockDate documents dated on or before it are refused (null: none)
 * @param endOfYearLockDate as above, for advisers too (null: none)
 */
public record OrganisationSummary(
    String organisationId,
    String name,
    String baseCurrency,
    String timezone,
    LocalDate periodLockDate,
    LocalDate endOfYearLockDate) {

  /** Xero's JSON date, {@code /Date(1375228800000+0000)/}. */
  private static final Pattern MS_DATE = Pattern.compile("/Date\\((-?\\d+)([+-]\\d{4})?\\)/");

  /** The first organisation of an {@code {"Organisations": [...]}} answer. */
  static OrganisationSummary of(JsonNode answer) {
    JsonNode organisation = answer.path("Organisations").path(0);
    return new OrganisationSummary(
        text(organisation, "OrganisationID"),
        text(organisation, "Name"),
        text(organisation, "BaseCurrency"),
        text(organisation, "Timezone"),
        day(text(organisation, "PeriodLockDate")),
        day(text(organisation, "EndOfYearLockDate")));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  /** The later of the two lock dates, or null when the organisation has none. */
  public LocalDate lockedUntil() {
    if (periodLockDate == null) {
      return endOfYearLockDate;
    }
    if (endOfYearLockDate == null) {
      return periodLockDate;
    }
    return periodLockDate.isAfter(endOfYearLockDate) ? periodLockDate : endOfYearLockDate;
  }

  /**
   * A date as Xero writes it: {@code /Date(ms+0000)/} or ISO text ({@code 2026-11-30T00:00:00}).
   */
  static LocalDate day(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Matcher ms = MS_DATE.matcher(text.trim());
    if (ms.matches()) {
      return LocalDate.ofInstant(Instant.ofEpochMilli(Long.parseLong(ms.group(1))), ZoneOffset.UTC);
    }
    return LocalDate.parse(text.trim().substring(0, Math.min(10, text.trim().length())));
  }
}
