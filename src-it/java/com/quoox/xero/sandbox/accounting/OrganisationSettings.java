package com.quoox.xero.sandbox.accounting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The organisation settings that decide which date a document gets and whether that date may be
 * posted: its time zone and its lock dates. Changed by tests while calls run, so each field is read
 * once per use.
 */
public final class OrganisationSettings {

  /** How Xero writes a lock date in its message, e.g. 31-Jul-2013. */
  private static final DateTimeFormatter LOCK_DATE =
      DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ENGLISH);

  /** The time zone and the zone it stands for, replaced together. */
  private record TimeZone(String xero, ZoneId zone) {}

  /** Both lock dates, replaced together; either may be null (not set). */
  private record LockDates(LocalDate period, LocalDate endOfYear) {}

  // The sandbox's organisations are UK ones (GBP, VAT), so they keep UK time.
  private volatile TimeZone timezone = new TimeZone("GMTSTANDARDTIME", ZoneId.of("Europe/London"));
  private volatile LockDates lockDates = new LockDates(null, null);

  public void timezone(String xeroTimezone) {
    timezone = new TimeZone(xeroTimezone, XeroTimeZones.zoneOf(xeroTimezone));
  }

  /** Xero's Organisation.Timezone value, e.g. NEWZEALANDSTANDARDTIME. */
  public String timezone() {
    return timezone.xero();
  }

  /**
   * The organisation's today: Xero dates a document sent without Date "to the current date based on
   * the timezone setting of the organisation" (Invoice.Date in Xero's OpenAPI contract,
   * https://github.com/XeroAPI/Xero-OpenAPI).
   */
  public LocalDate today() {
    return LocalDate.now(timezone.zone());
  }

  public void lockDates(LocalDate period, LocalDate endOfYear) {
    lockDates = new LockDates(period, endOfYear);
  }

  public LocalDate periodLockDate() {
    return lockDates.period();
  }

  public LocalDate endOfYearLockDate() {
    return lockDates.endOfYear();
  }

  /**
   * Adds Xero's message when {@code date} is on or before a lock date
   * (https://help.xero.com/us/Settings_LockDate: "on or before the lock date"; message as in
   * https://github.com/waynerobinson/xeroizer/issues/92). The end of year lock date locks every
   * user, so it is named first when both apply.
   */
  public void lockErrors(LocalDate date, List<String> errors) {
    LockDates locks = lockDates;
    if (locks.endOfYear() != null && !date.isAfter(locks.endOfYear())) {
      errors.add(lockMessage("end of year lock date", locks.endOfYear()));
    } else if (locks.period() != null && !date.isAfter(locks.period())) {
      errors.add(lockMessage("period lock date", locks.period()));
    }
  }

  private static String lockMessage(String which, LocalDate lockDate) {
    return "The document date cannot be before the "
        + which
        + ", currently set at "
        + LOCK_DATE.format(lockDate);
  }
}
