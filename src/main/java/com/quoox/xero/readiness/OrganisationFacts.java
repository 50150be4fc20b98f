package com.quoox.xero.readiness;

import java.time.LocalDate;

/**
 * What the readiness check reads from Xero's {@code GET /Organisation}.
 *
 * @param timezone Xero's name of the organisation's time zone (e.g. NEWZEALANDSTANDARDTIME)
 * @param periodLockDate documents dated on or before it are refused (null: none)
 * @param endOfYearLockDate as above, for everyone including advisers (null: none)
 */
public record OrganisationFacts(
    String name,
    String baseCurrency,
    String timezone,
    LocalDate periodLockDate,
    LocalDate endOfYearLockDate) {

  /** The later of the two lock dates, or null when the organisation has none. */
  LocalDate lockedUntil() {
    if (periodLockDate == null) {
      return endOfYearLockDate;
    }
    if (endOfYearLockDate == null) {
      return periodLockDate;
    }
    return periodLockDate.isAfter(endOfYearLockDate) ? periodLockDate : endOfYearLockDate;
  }
}
